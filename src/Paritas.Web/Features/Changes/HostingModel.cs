namespace Paritas.Web.Features.Changes;

public enum HostingModel
{
    InHouse,
    VendorHosted,
    Outsourced,
}
