namespace Paritas.Web.Features.Surveys;

public enum ItemType
{
    Choice,

    /// <summary>Free text: shown only for groups of at least ten, shuffled, after the wave closes (P7).</summary>
    Text,
}
