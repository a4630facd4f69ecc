namespace Paritas.Web.Features.Library.Exchange;

// Why an import is refused, in English; these are localisation keys.
public static class ExchangeMessages
{
    public const string NotADocument = "The file is not a library document in the exchange format (problem at {0}).";

    public const string WrongFormat = "The file is not in the library exchange format paritas-library/1.";

    public const string BadUid = "Item {0}: the uid must be lower-case letters, digits and hyphens, at most 80 characters.";

    public const string DuplicateUid = "Item {0} appears twice in the file.";

    public const string BadVersion = "Item {0}: the version must be 1 or more.";

    public const string OriginalMissing = "Item {0}: the original language must have a translation.";

    public const string UnknownLanguage = "Item {0}: the language {1} is not one Paritas offers.";

    public const string MissingText = "Item {0}: every translation needs a title and a text.";

    public const string TooLong = "Item {0}: a title, summary or text is too long.";

    public const string BadCountry = "Item {0}: the country must be a two-letter ISO code such as FR.";

    public const string BadSource = "Item {0}: a source needs a title, and its link must start with http:// or https://.";

    public const string BadRule = "Item {0}: its rule does not hold together.";

    public const string OwnedByOrganisation = "Item {0} belongs to an organisation of this instance; nothing was imported.";
}
