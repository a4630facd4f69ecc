namespace Paritas.Web.Features.Training;

/// <summary>How delivered hours arrived: aggregated from an imported file, or entered as aggregates by form.</summary>
public enum DeliveredHoursSource
{
    Imported,
    Entered,
}
