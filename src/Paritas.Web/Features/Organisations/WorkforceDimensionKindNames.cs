namespace Paritas.Web.Features.Organisations;

// The English name of each dimension kind; the names are localisation keys.
public static class WorkforceDimensionKindNames
{
    public static string Of(WorkforceDimensionKind kind) => kind switch
    {
        WorkforceDimensionKind.OccupationalGroup => "Occupational group",
        WorkforceDimensionKind.Gender => "Gender",
        WorkforceDimensionKind.AgeBand => "Age band",
        WorkforceDimensionKind.ContractType => "Contract type",
        WorkforceDimensionKind.WorkingTime => "Working time",
        _ => kind.ToString(),
    };
}
