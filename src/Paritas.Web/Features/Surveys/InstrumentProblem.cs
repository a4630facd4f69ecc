namespace Paritas.Web.Features.Surveys;

/// <summary>What is wrong with an instrument file: a localisation key with its values (where in the file, never answers).</summary>
public sealed record InstrumentProblem(string Message, params object[] Values)
{
    public override string ToString() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, Values);
}
