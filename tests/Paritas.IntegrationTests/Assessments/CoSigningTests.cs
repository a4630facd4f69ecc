using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Assessments;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Assessments;

public sealed class CoSigningTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private const string WrongCode = "The code is not right, or was used already.";

    [Fact]
    public async Task Signing_needs_a_right_fresh_code_and_a_wrong_or_missing_one_signs_nothing()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.ReadyToSignAsync();

        var missing = await s.Employer.SignAsync(id, "Employer", null);
        Assert.Contains("Enter the 6-digit code.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var code = app.NextCode(s.EmployerUser);
        var wrong = await s.Employer.SignAsync(id, "Employer", code == "000000" ? "111111" : "000000");
        Assert.Contains(WrongCode, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.AssessmentSignatures.Where(x => x.AssessmentId == id)));

        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.SignAsync(id, "Employer", code)).StatusCode);
        Assert.Equal(AssessmentStatus.Draft, await app.StatusOfAsync(id));
        var audit = await app.WithScopeAsync((_, db) => db.AuditEntries.Where(e => e.Subject == id.ToString("D")).Select(e => new { e.Action, e.Outcome }).ToListAsync());
        Assert.Contains(audit, e => e.Action == AssessmentAudit.SignatureRefused && e.Outcome == "refused");
        Assert.Contains(audit, e => e.Action == AssessmentAudit.SignatureGiven);
    }

    [Fact]
    public async Task A_code_already_used_cannot_sign_again()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var first = await s.ReadyToSignAsync();
        var second = await s.ReadyToSignAsync("ExPost");
        var code = app.NextCode(s.EmployerUser);

        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.SignAsync(first, "Employer", code)).StatusCode);
        var reused = await s.Employer.SignAsync(second, "Employer", code);

        Assert.Contains(WrongCode, await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.AssessmentSignatures.Where(x => x.AssessmentId == second)));
    }

    [Fact]
    public async Task Both_signatures_lock_the_version_and_an_amendment_starts_the_next_one()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.CoSignedAsync(app);

        Assert.Equal(AssessmentStatus.CoSigned, await app.StatusOfAsync(id));
        var locked = await s.Workers.AnswerSectionAsync(id, AssessmentSteps.Instrument.Sections[0], AssessmentSteps.Mildest);
        Assert.Contains("This version is co-signed and locked. Amend it to make a new version.", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var conclusion = await s.Employer.ConcludeAsync(id, "skills", "Changed after signing.");
        Assert.Contains("co-signed and locked", await conclusion.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Agreed on skills.", await app.WithScopeAsync((_, db) => db.AssessmentConclusions.IgnoreQueryFilters().Where(c => c.AssessmentId == id && c.SectionKey == "skills").Select(c => c.Text).SingleAsync()));

        var noReason = await s.Workers.PostFormAsync($"/Assessments/Amend?id={id}", new() { ["Form.Reason"] = "" });
        Assert.Contains("Say why the assessment is amended", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var amended = await s.Workers.PostFormAsync($"/Assessments/Amend?id={id}", new() { ["Form.Reason"] = "The vendor added location tracking." });
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        var next = Paritas.IntegrationTests.Changes.ChangeSteps.IdFrom(amended);

        Assert.Equal(AssessmentStatus.Superseded, await app.StatusOfAsync(id));
        Assert.Equal(AssessmentStatus.Draft, await app.StatusOfAsync(next));
        var copied = await app.WithScopeAsync((_, db) => db.AssessmentAnswers.IgnoreQueryFilters().CountAsync(a => a.AssessmentId == next));
        Assert.Equal(AssessmentSteps.Instrument.Questions.Count() * 2, copied);
        Assert.Equal(AssessmentSteps.Instrument.Questions.Count() * 2, await app.CountAsync(db => db.AssessmentAnswers.Where(a => a.AssessmentId == id)));
        Assert.Equal(2, await app.CountAsync(db => db.AssessmentSignatures.Where(x => x.AssessmentId == id)));

        // The new version is a draft again, not yet shared by either side; the old one stays as it was signed.
        Assert.Null(await app.WithScopeAsync((_, db) => db.Assessments.IgnoreQueryFilters().Where(a => a.Id == next).Select(a => a.WorkersSharedAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.AnswerSectionAsync(next, AssessmentSteps.Instrument.Sections[0], AssessmentSteps.Mildest)).StatusCode);
        var history = await (await s.Employer.GetAsync($"/Assessments/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("This version was amended and is kept for the record.", history, StringComparison.Ordinal);
        var again = await s.Employer.PostFormAsync($"/Assessments/Amend?id={id}", new() { ["Form.Reason"] = "Twice." });
        Assert.Contains("A newer version of this assessment exists. Amend that one.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var actions = await app.WithScopeAsync((_, db) => db.AuditEntries.Where(e => e.Subject == id.ToString("D") || e.Subject == next.ToString("D")).Select(e => e.Action).ToListAsync());
        Assert.Contains(AssessmentAudit.CoSigned, actions);
        Assert.Contains(AssessmentAudit.Amended, actions);
    }

    [Fact]
    public async Task Dissent_is_recorded_by_a_side_stays_visible_and_is_carried_into_the_next_version_without_reaching_the_audit_trail()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.ReadyToSignAsync();
        const string Text = "Location data must never be used for rostering.";

        var invalid = await s.Workers.PostFormAsync($"/Assessments/Dissent?id={id}", new() { ["Form.SectionKey"] = "no-such-section", ["Form.Text"] = Text });
        Assert.Contains("Choose a section, or the assessment as a whole.", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.PostFormAsync($"/Assessments/Dissent?id={id}", new() { ["Form.SectionKey"] = "surveillance", ["Form.Text"] = Text })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.PostFormAsync($"/Assessments/Dissent?id={id}", new() { ["Form.SectionKey"] = "", ["Form.Text"] = "The budget is not agreed." })).StatusCode);

        var dissents = await app.WithScopeAsync((_, db) => db.AssessmentDissents.IgnoreQueryFilters().Where(d => d.AssessmentId == id).ToListAsync());
        Assert.Contains(dissents, d => d.Side == Side.Workers && d.SectionKey == "surveillance" && d.Text == Text);
        Assert.Contains(dissents, d => d.Side == Side.Employer && d.SectionKey == null);

        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.SignAsync(id, "Employer", app.NextCode(s.EmployerUser))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.SignAsync(id, "Workers", app.NextCode(s.WorkersUser))).StatusCode);
        var signed = await (await s.Employer.GetAsync($"/Assessments/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains(Text, signed, StringComparison.Ordinal);

        var amended = await s.Employer.PostFormAsync($"/Assessments/Amend?id={id}", new() { ["Form.Reason"] = "New module." });
        var next = Paritas.IntegrationTests.Changes.ChangeSteps.IdFrom(amended);
        Assert.Contains(Text, await (await s.Workers.GetAsync($"/Assessments/Details?id={next}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Text, await (await s.Workers.GetAsync($"/Assessments/Print?id={next}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var audit = await app.WithScopeAsync((_, db) => db.AuditEntries.Where(e => e.Action == AssessmentAudit.Dissent && e.Subject == id.ToString("D")).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, e => e.Breakdown == "surveillance");
        Assert.DoesNotContain(audit, e => (e.Breakdown + e.Outcome + e.Subject + e.Dataset).Contains("rostering", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_of_neither_side_cannot_sign()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.ReadyToSignAsync();
        var osh = await app.SignInAsAsync(Role.OshOfficer, s.Org);

        Assert.NotEqual(HttpStatusCode.OK, (await osh.GetAsync($"/Assessments/Sign?id={id}")).StatusCode);
        Assert.Equal(0, await app.CountAsync(db => db.AssessmentSignatures.Where(x => x.AssessmentId == id)));
    }
}
