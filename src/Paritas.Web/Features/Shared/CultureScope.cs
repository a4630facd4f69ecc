using System.Globalization;

namespace Paritas.Web.Features.Shared;

/// <summary>
/// Work for one person in their own language outside a request (a mail, a calendar feed): the
/// localizer and date formats follow the current culture, which this sets and then restores.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string? name)
    {
        var chosen = CultureInfo.GetCultureInfo(Cultures.IsSupported(name) ? name!.ToLowerInvariant() : Cultures.Default);
        CultureInfo.CurrentCulture = chosen;
        CultureInfo.CurrentUICulture = chosen;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
