namespace Paritas.Web.Features.Changes;

/// <summary>What the change does to citizens' access to the service, and who may be left out.</summary>
public sealed record ServiceProfile(
    bool HumanChannelKept,
    bool MayExcludeOlderPeople,
    bool MayExcludePeopleWithDisabilities,
    bool MayExcludePeopleWithoutInternet,
    bool MayExcludeMigrants,
    string? ExclusionNote)
{
    public static readonly ServiceProfile Empty = new(false, false, false, false, false, null);
}
