using Paritas.Web.Data;

namespace Paritas.Web.Features.Training;

/// <summary>
/// One course or activity of a plan: for which group, how many hours a person, in working time or
/// not, who pays, and when — in days relative to each affected unit's go-live (negative: before).
/// </summary>
public sealed class TrainingActivity : IOrganisationOwned
{
    public const int TitleLength = 200;
    public const double MaximumHours = 500;
    public const int MaximumOffsetDays = 730;

    private TrainingActivity()
    {
    }

    public TrainingActivity(TrainingPlan plan, string title, string dimension, string groupCode, double hoursPerPerson, bool inWorkingTime, TrainingPayer paidBy, int startOffsetDays, int endOffsetDays)
    {
        Id = Guid.NewGuid();
        OrganisationId = plan.OrganisationId;
        PlanId = plan.Id;
        Title = title;
        Dimension = dimension;
        GroupCode = groupCode;
        HoursPerPerson = hoursPerPerson;
        InWorkingTime = inWorkingTime;
        PaidBy = paidBy;
        StartOffsetDays = startOffsetDays;
        EndOffsetDays = endOffsetDays;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid PlanId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The target group's dimension kind, or empty for everyone affected.</summary>
    public string Dimension { get; private set; } = "";

    public string GroupCode { get; private set; } = "";

    public double HoursPerPerson { get; private set; }

    public bool InWorkingTime { get; private set; }

    public TrainingPayer PaidBy { get; private set; }

    public int StartOffsetDays { get; private set; }

    public int EndOffsetDays { get; private set; }
}
