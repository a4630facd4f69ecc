namespace Paritas.Web.Features.Library;

public enum CommentKind
{
    Comment,

    /// <summary>"This worked for us too": an endorsement, with an optional word on how.</summary>
    Endorsement,
}
