using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Paritas.Web.Features;

/// <summary>One generic page for every error: nothing about the cause is shown to the person.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            404 => (l["Page not found"], l["If you typed the web address, check it is correct. The page may also belong to another organisation."]),
            403 => (l["You cannot see this page"], l["Your role does not give access to this page."]),
            400 => (l["The request could not be processed"], l["The form may have expired. Go back, reload the page and try again."]),
            429 => (l["Too many attempts"], l["Wait a minute and try again."]),
            _ => (l["Sorry, there is a problem with the service"], l["Try again later. Nothing you entered has been changed."]),
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
