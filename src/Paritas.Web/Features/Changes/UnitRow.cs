namespace Paritas.Web.Features.Changes;

/// <summary>One row of affected units on the change form.</summary>
public sealed class UnitRow
{
    public Guid? UnitId { get; set; }

    public int? Headcount { get; set; }

    public DateOnly? GoLive { get; set; }
}
