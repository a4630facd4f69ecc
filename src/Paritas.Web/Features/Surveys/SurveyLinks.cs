namespace Paritas.Web.Features.Surveys;

/// <summary>
/// The short addresses printed on letters and QR codes. They put the token or unit code into the
/// encrypted answering cookie and redirect at once to an address without it (P2).
/// </summary>
public static class SurveyLinks
{
    public static string TokenPath(string token) => "/a/" + token;

    public static string UnitPath(string code) => "/s/" + code;

    public static WebApplication MapSurveys(this WebApplication app)
    {
        app.MapGet("/a/{token}", StartAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/s/{token}", StartAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> StartAsync(string token, SurveySubmissions submissions, AnswerState state, HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var ticket = await submissions.ResolveAsync(token, ct);
        if (ticket is null || !ticket.IsOpen)
        {
            return Results.Redirect("/Surveys/Answer?handler=NotValid");
        }

        // The same device resumes its own draft for the same credential rather than starting over.
        var draft = state.Read();
        if (draft is null || draft.Credential != SurveyTokens.Normalise(token))
        {
            state.Write(new AnswerDraft(SurveyTokens.Normalise(token), ticket.WaveId, "{}"));
        }

        return Results.Redirect("/Surveys/Answer");
    }
}
