using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

/// <summary>Who acts on a change, and for which side — the two-sided rules (waivers, overrides) turn on the side.</summary>
public sealed record Actor(Guid UserId, Role Role)
{
    public Side? Side => RoleFacts.IsEmployerSide(Role) ? Organisations.Side.Employer
        : RoleFacts.IsWorkersSide(Role) ? Organisations.Side.Workers
        : null;

    public static Actor Of(CurrentUser me) => new(me.RequiredId, me.Role ?? throw new InvalidOperationException("No role in this organisation."));
}
