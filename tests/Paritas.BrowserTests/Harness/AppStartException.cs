namespace Paritas.BrowserTests.Harness;

public sealed class AppStartException : Exception
{
    public AppStartException()
    {
    }

    public AppStartException(string message)
        : base(message)
    {
    }

    public AppStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
