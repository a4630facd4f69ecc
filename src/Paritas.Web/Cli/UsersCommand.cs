using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Cli;

public static class UsersCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The person's e-mail address (also their user name).", Required = true };
        var name = new Option<string>("--name") { Description = "The person's name as others see it.", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation's short name (slug)." };
        var role = new Option<Role?>("--role") { Description = "The role in that organisation: " + string.Join(", ", Enum.GetNames<Role>()) };
        var admin = new Option<bool>("--platform-administrator") { Description = "Make the person a platform administrator." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input; otherwise one is generated and printed once." };

        var add = new Command("add", "Add a person (or give an existing person a role in an organisation).")
        {
            email, name, organisation, role, admin, passwordStdin,
        };
        add.SetAction((parse, ct) => CommandLine.WithServicesAsync(async (services, c) =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            using var system = db.Tenant.EnterSystemScope();

            var slug = parse.GetValue(organisation);
            var wantedRole = parse.GetValue(role);
            if ((slug is null) != (wantedRole is null))
            {
                throw new CommandFailedException("Give --organisation and --role together.");
            }

            if (slug is null && !parse.GetValue(admin))
            {
                throw new CommandFailedException("Give --organisation with --role, or --platform-administrator.");
            }

            var org = slug is null ? null : await db.Organisations.FirstOrDefaultAsync(o => o.Slug == slug, c)
                ?? throw new CommandFailedException($"No organisation has the short name '{slug}'.");

            var address = parse.GetValue(email)!.Trim();
            var user = await users.FindByEmailAsync(address);
            string? generated = null;
            if (user is null)
            {
                var password = parse.GetValue(passwordStdin) ? (await Console.In.ReadLineAsync(c))?.TrimEnd('\r', '\n') : null;
                if (password is null)
                {
                    generated = AccessTokens.NewSecret()[..24];
                    password = generated;
                }

                user = new AppUser { UserName = address, Email = address, DisplayName = parse.GetValue(name)!, EmailConfirmed = true };
                var created = await users.CreateAsync(user, password);
                if (!created.Succeeded)
                {
                    throw new CommandFailedException("The person could not be added: " + string.Join(" ", created.Errors.Select(e => e.Description)));
                }
            }

            if (parse.GetValue(admin) && !user.IsPlatformAdministrator)
            {
                user.IsPlatformAdministrator = true;
                await users.UpdateAsync(user);
            }

            if (org is not null && wantedRole is { } r)
            {
                var membership = await db.Memberships.IgnoreQueryFilters().FirstOrDefaultAsync(m => m.UserId == user.Id && m.OrganisationId == org.Id, c);
                if (membership is null)
                {
                    db.Memberships.Add(new Membership(user.Id, org.Id, r));
                }
                else
                {
                    membership.ChangeRole(r);
                }

                await db.SaveChangesAsync(c);
            }

            Console.WriteLine($"{address} is ready{(org is null ? "" : $" as {wantedRole} in {org.Name}")}{(user.IsPlatformAdministrator ? " (platform administrator)" : "")}.");
            if (generated is not null)
            {
                Console.WriteLine($"Password (shown once): {generated}");
            }

            return 0;
        }, ct));

        var command = new Command("users", "People who sign in.");
        command.Subcommands.Add(add);
        return command;
    }
}
