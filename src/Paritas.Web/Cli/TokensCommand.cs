using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Cli;

public static class TokensCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "Whose token it is.", Required = true };
        var organisation = new Option<string>("--organisation") { Description = "The organisation's short name (slug) the token is scoped to.", Required = true };
        var name = new Option<string>("--name") { Description = "What the token is for.", DefaultValueFactory = _ => "command line" };
        var days = new Option<int>("--days") { Description = "Days until it expires (at most 366).", DefaultValueFactory = _ => 90 };

        var create = new Command("create", "Create a personal access token for the API; it is printed once.") { email, organisation, name, days };
        create.SetAction((parse, ct) => CommandLine.WithServicesAsync(async (services, c) =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            using var system = db.Tenant.EnterSystemScope();
            var user = await users.FindByEmailAsync(parse.GetValue(email)!.Trim()) ?? throw new CommandFailedException("Nobody has that e-mail address.");
            var slug = parse.GetValue(organisation)!;
            var org = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == slug, c) ?? throw new CommandFailedException($"No organisation has the short name '{slug}'.");
            var isMember = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.OrganisationId == org.Id, c);
            if (!isMember)
            {
                throw new CommandFailedException("That person does not belong to that organisation.");
            }

            var secret = await services.GetRequiredService<TokenIssuer>().CreateAsync(user.Id, org.Id, parse.GetValue(name)!, parse.GetValue(days), c);
            Console.WriteLine(secret);
            return 0;
        }, ct));

        var command = new Command("tokens", "Personal access tokens for the API.");
        command.Subcommands.Add(create);
        return command;
    }
}
