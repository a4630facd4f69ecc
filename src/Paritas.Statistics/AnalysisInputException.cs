namespace Paritas.Statistics;

/// <summary>
/// The data cannot support the requested analysis: too short a series, a singular design,
/// a fit that does not converge, a panel without comparison units. The message is meant
/// for the person who supplied the data and never contains a data value.
/// </summary>
public sealed class AnalysisInputException : Exception
{
    public AnalysisInputException()
    {
    }

    public AnalysisInputException(string message)
        : base(message)
    {
    }

    public AnalysisInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
