namespace Paritas.Web.Features.Organisations;

/// <summary>The English name of each dimension kind, which is also its localisation key.</summary>
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
