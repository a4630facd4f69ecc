namespace Paritas.BrowserTests.Harness;

/// <summary>What a sign-in asked for after the password.</summary>
public enum SecondStep
{
    None,
    SetUpAuthenticator,
    Code,
}
