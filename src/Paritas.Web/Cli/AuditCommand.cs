using System.CommandLine;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Cli;

public static class AuditCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", "Check the audit trail's hash chain; name the first row that was altered or removed. Exit code 1 if broken.");
        verify.SetAction((_, ct) => CommandLine.WithServicesAsync(async (services, c) =>
        {
            var trail = services.GetRequiredService<AuditTrail>();
            var broken = await trail.VerifyAsync(c);
            if (broken is null)
            {
                Console.WriteLine($"Audit trail intact: {await trail.CountAsync(c)} rows verified.");
                return 0;
            }

            var what = broken.Reason switch
            {
                AuditBreakReason.Missing => "is missing (removed)",
                AuditBreakReason.PreviousHashMismatch => "does not link to the row before it",
                _ => "was altered",
            };
            await Console.Error.WriteLineAsync($"Audit trail broken: row {broken.Sequence} {what}. {broken.VerifiedRows} rows before it verified.");
            return 1;
        }, ct));
        var audit = new Command("audit", "The append-only, hash-chained audit trail.");
        audit.Subcommands.Add(verify);
        return audit;
    }
}
