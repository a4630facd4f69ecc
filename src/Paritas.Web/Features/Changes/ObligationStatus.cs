namespace Paritas.Web.Features.Changes;

public enum ObligationStatus
{
    Open,
    Met,
    Missed,
    Waived,
}
