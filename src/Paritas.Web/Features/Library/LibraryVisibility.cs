namespace Paritas.Web.Features.Library;

/// <summary>Who may read a library item. Wider is later in the list.</summary>
public enum LibraryVisibility
{
    /// <summary>Only the members of the organisation that owns it.</summary>
    Private,

    /// <summary>Also the members of every organisation in one network.</summary>
    Network,

    /// <summary>Anyone, without signing in.</summary>
    Public,
}
