namespace Paritas.Web.Features.Library;

public enum LibraryItemKind
{
    PracticeCase,
    ModelClause,
}
