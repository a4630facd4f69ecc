using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Agreements;

/// <summary>Agreements bind both sides, so both sides' representatives (and the administrator) may maintain them.</summary>
public static class AgreementAccess
{
    public static bool CanEdit(CurrentUser me) => me.Role is { } role && (RoleFacts.IsEmployerSide(role) || RoleFacts.IsWorkersSide(role));
}
