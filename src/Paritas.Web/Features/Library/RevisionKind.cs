namespace Paritas.Web.Features.Library;

public enum RevisionKind
{
    Created,
    Edited,
    Imported,
    SharingRequested,
    SharingApproved,
    SharingRefused,
    MadePrivate,
}
