namespace Paritas.Web;

/// <summary>
/// The key of the one resource set every string a person reads comes from.
/// Keys are the English text; Resources/SharedResource.{culture}.resx hold the translations.
/// </summary>
public sealed class SharedResource;
