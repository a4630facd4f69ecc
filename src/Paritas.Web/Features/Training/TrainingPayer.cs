namespace Paritas.Web.Features.Training;

/// <summary>Who pays for a training activity.</summary>
public enum TrainingPayer
{
    Employer,
    Union,
    Shared,
    PublicFund,
    Other,
}
