namespace Paritas.Web.Features.Organisations;

/// <summary>The words stored in UnitHistoryEntry.Detail for edits and imports; pages turn them into sentences.</summary>
public static class UnitHistoryDetails
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Moved = "moved";
}
