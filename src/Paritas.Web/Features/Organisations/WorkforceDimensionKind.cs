namespace Paritas.Web.Features.Organisations;

public enum WorkforceDimensionKind
{
    OccupationalGroup,
    Gender,
    AgeBand,
    ContractType,
    WorkingTime,
}
