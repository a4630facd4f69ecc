namespace Paritas.Web.Features.Library;

/// <summary>Comments are pre-moderated: nobody but their author and the curators sees them until approved.</summary>
public enum ModerationState
{
    Pending,
    Approved,
    Rejected,
}
