using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// After each absence import: for every change of the organisation, a level change whose whole
/// 95% interval lies above 1 is a significant worsening, and the organisation's joint committee
/// members get one mail per change, indicator and import. The mail names the change and the
/// indicator but carries no figure; the figures stay on the change page, where reading them is audited.
/// </summary>
public sealed partial class AnalysisAlerts(
    AppDbContext db,
    ChangeAnalyses analyses,
    Mailer mailer,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock,
    IHttpContextAccessor http,
    ILogger<AnalysisAlerts> log)
{
    /// <returns>How many alerts were raised.</returns>
    public async Task<int> RaiseAsync(Guid organisationId, Guid importId, CancellationToken ct)
    {
        var changes = await db.DigitalChanges.Where(c => c.OrganisationId == organisationId && c.Units.Any(u => u.GoLive != null))
            .OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        var raised = 0;
        List<string>? recipients = null;
        foreach (var change in changes)
        {
            var result = await analyses.ComputeAsync(change.Id, ct);
            var worse = result?.Indicators.Where(i => i.IsShown && i.LevelChange!.SignificantlyHigher).Select(i => i.Indicator).ToList() ?? [];
            foreach (var indicator in worse)
            {
                if (await db.Set<AnalysisAlert>().AnyAsync(a => a.OrganisationId == organisationId && a.ChangeId == change.Id && a.Indicator == indicator && a.ImportId == importId, ct))
                {
                    continue;
                }

                recipients ??= await RecipientsAsync(organisationId, ct);

                // Claimed before sending: at most one mail, even if sending fails half-way.
                db.Set<AnalysisAlert>().Add(new AnalysisAlert(organisationId, change.Id, indicator, importId, clock.GetUtcNow(), recipients.Count));
                await db.SaveChangesAsync(ct);
                raised++;
                await MailAsync(recipients, change.Id, change.Title, indicator, ct);
            }
        }

        return raised;
    }

    private Task<List<string>> RecipientsAsync(Guid organisationId, CancellationToken ct) =>
        db.CommitteeMembers.Where(m => m.OrganisationId == organisationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email)
            .Where(e => e != null).Select(e => e!).Distinct().OrderBy(e => e).ToListAsync(ct);

    private async Task MailAsync(List<string> recipients, Guid changeId, string title, AnalysisIndicator indicator, CancellationToken ct)
    {
        var request = http.HttpContext?.Request;
        var link = (request is null ? "" : $"{request.Scheme}://{request.Host}") + $"/Changes/Details?id={changeId:D}#absence-analysis";
        var subject = l["Sickness absence rose after the go-live of {0}", title];
        var what = indicator switch
        {
            AnalysisIndicator.AbsenceRate => l["The sickness absence rate"],
            AnalysisIndicator.MsdIncidence => l["New musculoskeletal absence spells"],
            _ => l["New psychosocial absence spells"],
        };
        var body = l["{0} in the units affected by {1} rose significantly after go-live, compared with what the trend predicted. The joint committee may want to discuss it. The analysis, with its uncertainty, is on the change page: {2}", what, title, link];
        foreach (var to in recipients)
        {
            try
            {
                await mailer.SendAsync(to, subject, body, ct);
            }
            catch (SmtpException exception)
            {
                LogMailFailed(log, exception, changeId);
            }
            catch (IOException exception)
            {
                LogMailFailed(log, exception, changeId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An absence alert for change {ChangeId} could not be mailed to a committee member.")]
    private static partial void LogMailFailed(ILogger logger, Exception exception, Guid changeId);
}
