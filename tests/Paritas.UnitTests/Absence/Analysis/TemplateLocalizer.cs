using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Paritas.UnitTests.Absence.Analysis;

/// <summary>A localizer with the given translations; a key without one stays English, as the real one does.</summary>
internal sealed class TemplateLocalizer(IReadOnlyDictionary<string, string>? translations = null) : IStringLocalizer
{
    public LocalizedString this[string name] => this[name, []];

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = translations is not null && translations.TryGetValue(name, out var t) ? t : name;
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template, arguments), template == name);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
