namespace Paritas.Web.Features.Surveys;

/// <summary>
/// The short addresses printed on letters and QR codes: /a?c=CODE. They put the token or unit code
/// into the encrypted answering cookie and redirect at once to an address without it (P2). The code
/// travels in the query string, not the path: the hosting layer puts the request path into the log
/// scope of every message of the request, while the query string only appears in its request lines,
/// which are filtered out (see <see cref="SurveysExtensions.AddSurveys"/>).
/// </summary>
public static class SurveyLinks
{
    public const string Path = "/a";

    public static string TokenPath(string token) => $"{Path}?c={token}";

    public static string UnitPath(string code) => $"{Path}?c={code}";

    public static WebApplication MapSurveys(this WebApplication app)
    {
        app.MapGet(Path, StartAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    // The code is read from the query here rather than bound as a parameter, so no binding log can name it.
    private static async Task<IResult> StartAsync(HttpContext http, SurveySubmissions submissions, AnswerState state, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var code = http.Request.Query["c"].ToString();
        var ticket = await submissions.ResolveAsync(code, ct);
        if (ticket is null || !ticket.IsOpen)
        {
            return Results.Redirect("/Surveys/Answer?handler=NotValid");
        }

        // The same device resumes its own draft for the same code rather than starting over.
        var draft = state.Read();
        if (draft is null || draft.Credential != SurveyTokens.Normalise(code))
        {
            state.Write(new AnswerDraft(SurveyTokens.Normalise(code), ticket.WaveId, "{}"));
        }

        return Results.Redirect("/Surveys/Answer");
    }
}
