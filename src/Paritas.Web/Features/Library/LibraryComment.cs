namespace Paritas.Web.Features.Library;

/// <summary>A member's comment on an item, or their "this worked for us too". Pre-moderated.</summary>
public sealed class LibraryComment
{
    public const int TextLength = 4000;

    private LibraryComment()
    {
    }

    public LibraryComment(Guid itemId, CommentKind kind, Guid authorUserId, Guid authorOrganisationId, string text, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        ItemId = itemId;
        Kind = kind;
        AuthorUserId = authorUserId;
        AuthorOrganisationId = authorOrganisationId;
        Text = text;
        At = at;
        State = ModerationState.Pending;
    }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    public CommentKind Kind { get; private set; }

    public Guid AuthorUserId { get; private set; }

    /// <summary>Shown as the organisation's name: "this worked for us too" says who "us" is.</summary>
    public Guid AuthorOrganisationId { get; private set; }

    /// <summary>Markdown, rendered through the same sanitiser as clause text.</summary>
    public string Text { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public ModerationState State { get; private set; }

    public Guid? ModeratedByUserId { get; private set; }

    public void Moderate(bool approve, Guid byUserId)
    {
        State = approve ? ModerationState.Approved : ModerationState.Rejected;
        ModeratedByUserId = byUserId;
    }
}
