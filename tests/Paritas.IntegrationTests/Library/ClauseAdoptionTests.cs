using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;

namespace Paritas.IntegrationTests.Library;

/// <summary>"Use in my organisation" copies a model clause, with its rule, into the reader's agreements — and only theirs.</summary>
public sealed class ClauseAdoptionTests(LibraryFactory app) : IClassFixture<LibraryFactory>
{
    private const string Clause = "/Library/Item/fixture-joint-committee-30-days";

    [Fact]
    public async Task A_representative_copies_a_model_clause_with_its_rule_into_an_agreement_of_their_organisation()
    {
        await app.ImportFixtureAsync();
        var org = await app.CreateOrganisationAsync();
        var rep = await app.SignInAsAsync(Role.WorkersRepresentative, org);

        var response = await rep.PostFormAsync(Clause + "?handler=Use&lang=fr", [], Clause + "?lang=fr");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Agreements/Details?id=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var copied = await app.WithScopeAsync((_, db) => db.Agreements.IgnoreQueryFilters().Where(a => a.OrganisationId == org.Id)
            .Select(a => new { a.Title, a.Language, a.TemplateKey, Clauses = a.Clauses.Select(c => c.Text).ToList(), Rules = a.Rules.Select(r => new { r.Obligation, r.DueOffsetDays }).ToList() }).SingleAsync());
        Assert.Equal("Un comité paritaire dans les 30 jours", copied.Title);
        Assert.Equal("fr", copied.Language);
        Assert.Equal("library:fixture-joint-committee-30-days", copied.TemplateKey);
        Assert.Contains("comité paritaire", Assert.Single(copied.Clauses), StringComparison.Ordinal);
        var rule = Assert.Single(copied.Rules);
        Assert.Equal(ObligationKind.JointCommitteeFormed, rule.Obligation);
        Assert.Equal(30, rule.DueOffsetDays);
        var page = await rep.GetStringAsync(response.Headers.Location.OriginalString);
        Assert.Contains("Un comité paritaire dans les 30 jours", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_visitor_or_a_viewer_cannot_copy_a_clause()
    {
        await app.ImportFixtureAsync();
        var org = await app.CreateOrganisationAsync();
        var viewer = await app.SignInAsAsync(Role.Viewer, org);

        var anonymousPage = await app.NewBrowser().GetStringAsync(Clause);
        Assert.DoesNotContain("handler=Use", anonymousPage, StringComparison.Ordinal);
        var byViewer = await viewer.PostFormAsync(Clause + "?handler=Use", [], Clause);

        Assert.DoesNotContain("/Agreements", byViewer.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.Agreements.Where(a => a.OrganisationId == org.Id)));
    }
}
