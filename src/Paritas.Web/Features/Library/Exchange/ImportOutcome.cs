namespace Paritas.Web.Features.Library.Exchange;

/// <summary>What an import did. Problems mean it changed nothing.</summary>
public sealed record ImportOutcome(int Created, int Updated, int Unchanged, IReadOnlyList<ExchangeProblem> Problems)
{
    public static ImportOutcome Refused(IReadOnlyList<ExchangeProblem> problems) => new(0, 0, 0, problems);
}
