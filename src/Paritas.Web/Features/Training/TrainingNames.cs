namespace Paritas.Web.Features.Training;

/// <summary>English names (localisation keys) for the training feature's values.</summary>
public static class TrainingNames
{
    public static string Of(TrainingPayer payer) => payer switch
    {
        TrainingPayer.Employer => "The employer",
        TrainingPayer.Union => "The union",
        TrainingPayer.Shared => "Shared by both sides",
        TrainingPayer.PublicFund => "A public fund",
        _ => "Other",
    };
}
