using Microsoft.Extensions.Localization;

// The assembly is named "paritas" but its types live in Paritas.Web: without this, the localizer
// would look for resources under the assembly name and find none.
[assembly: RootNamespace("Paritas.Web")]

namespace Paritas.Web;

/// <summary>
/// The key of the one resource set every string a person reads comes from.
/// Keys are the English text; Resources/SharedResource.{culture}.resx hold the translations.
/// </summary>
public sealed class SharedResource;
