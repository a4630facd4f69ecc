namespace Paritas.BrowserTests.Harness;

/// <summary>
/// The words of the shell pages in one language, as a person reads them: tests find fields by these
/// labels and check headings against them, so a page that stays in English fails in German.
/// </summary>
public sealed record ShellWords
{
    public static readonly ShellWords English = new()
    {
        Locale = "en-GB",
        Language = "en",
        HomeHeading = "Govern digital change together",
        AccessibilityHeading = "Accessibility statement",
        PrivacyHeading = "Privacy notice",
        SignIn = "Sign in",
        EmailAddress = "Email address",
        Password = "Password",
        ThereIsAProblem = "There is a problem",
        EnterEmail = "Enter your e-mail address.",
        EnterPassword = "Enter your password.",
        ErrorPrefix = "Error:",
        SetUpHeading = "Set up your authenticator app",
        CodeHeading = "Enter the code from your authenticator app",
        Code = "Code",
        Continue = "Continue",
        Confirm = "Confirm",
        WrongCode = "The code is not right, or was used already. Wait for the next code and try again.",
        PageNotFound = "Page not found",
        ViewerStartHeading = "Start page for the viewer",
        SkipLink = "Skip to main content",
    };

    public static readonly ShellWords German = new()
    {
        Locale = "de-DE",
        Language = "de",
        HomeHeading = "Digitalen Wandel gemeinsam gestalten",
        AccessibilityHeading = "Erklärung zur Barrierefreiheit",
        PrivacyHeading = "Datenschutzhinweise",
        SignIn = "Anmelden",
        EmailAddress = "E-Mail-Adresse",
        Password = "Passwort",
        ThereIsAProblem = "Es gibt ein Problem",
        EnterEmail = "Geben Sie Ihre E-Mail-Adresse ein.",
        EnterPassword = "Geben Sie Ihr Passwort ein.",
        ErrorPrefix = "Fehler:",
        SetUpHeading = "Authenticator-App einrichten",
        CodeHeading = "Geben Sie den Code aus Ihrer Authenticator-App ein",
        Code = "Code",
        Continue = "Weiter",
        Confirm = "Bestätigen",
        WrongCode = "Der Code ist falsch oder wurde schon verwendet. Warten Sie auf den nächsten Code und versuchen Sie es erneut.",
        PageNotFound = "Seite nicht gefunden",
        ViewerStartHeading = "Startseite für die Rolle Lesezugriff",
        SkipLink = "Zum Hauptinhalt springen",
    };

    public required string Locale { get; init; }

    /// <summary>The html lang the pages must carry.</summary>
    public required string Language { get; init; }

    public required string HomeHeading { get; init; }

    public required string AccessibilityHeading { get; init; }

    public required string PrivacyHeading { get; init; }

    public required string SignIn { get; init; }

    public required string EmailAddress { get; init; }

    public required string Password { get; init; }

    public required string ThereIsAProblem { get; init; }

    public required string EnterEmail { get; init; }

    public required string EnterPassword { get; init; }

    public required string ErrorPrefix { get; init; }

    public required string SetUpHeading { get; init; }

    public required string CodeHeading { get; init; }

    public required string Code { get; init; }

    public required string Continue { get; init; }

    public required string Confirm { get; init; }

    public required string WrongCode { get; init; }

    public required string PageNotFound { get; init; }

    public required string ViewerStartHeading { get; init; }

    public required string SkipLink { get; init; }

    public static ShellWords For(string locale) => locale switch
    {
        "en-GB" => English,
        "de-DE" => German,
        _ => throw new ArgumentOutOfRangeException(nameof(locale), locale, "Only en-GB and de-DE have their words here."),
    };
}
