using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Accounts;

public static class FirstRunSetup
{
    public const string SetupPath = "/Setup";

    private static readonly string[] EntryPages = ["/", "/Index", "/Account/SignIn"];

    /// <summary>
    /// On a brand-new installation nobody can sign in yet, so the home page and the sign-in page
    /// lead to /Setup. Only while nobody at all exists: an installation whose people were added
    /// from the command line (or a test host that arranges its own people) is never redirected.
    /// </summary>
    public static IApplicationBuilder UseFirstRunSetup(this IApplicationBuilder app)
    {
        // Remembered per application once true, so the database is asked only until the first person exists.
        var someoneExists = false;
        return app.Use(async (context, next) =>
        {
            if (!someoneExists && IsEntryPage(context.Request))
            {
                var db = context.RequestServices.GetRequiredService<AppDbContext>();
                if (!await db.Users.AnyAsync(context.RequestAborted))
                {
                    context.Response.Redirect(SetupPath);
                    return;
                }

                someoneExists = true;
            }

            await next();
        });
    }

    private static bool IsEntryPage(HttpRequest request)
        => (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
           && EntryPages.Any(p => string.Equals(request.Path.Value?.TrimEnd('/') is { Length: > 0 } path ? path : "/", p, StringComparison.OrdinalIgnoreCase));
}
