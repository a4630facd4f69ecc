namespace Paritas.Web.Features.Library.Exchange;

/// <summary>Why a document cannot be imported: an English sentence (a localisation key) and its values.</summary>
public sealed record ExchangeProblem(string Key, params object[] Values);
