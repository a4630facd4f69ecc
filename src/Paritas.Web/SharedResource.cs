// The assembly is named "paritas" but its resources are embedded under the root namespace
// Paritas.Web; without this the localizer looks for "paritas.Resources.Paritas.Web.SharedResource"
// and every page stays in English whatever the .resx files say.
[assembly: Microsoft.Extensions.Localization.RootNamespace("Paritas.Web")]

namespace Paritas.Web;

/// <summary>
/// The key of the one resource set every string a person reads comes from.
/// Keys are the English text; Resources/SharedResource.{culture}.resx hold the translations.
/// </summary>
public sealed class SharedResource;
