using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Paritas.Web.Features.Shared;

/// <summary>Sends mail by SMTP when configured, otherwise writes it to the pickup folder.</summary>
public sealed class Mailer(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<Mailer> logger)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var o = options.Value;
        using var message = new MailMessage(o.From, to, subject, body) { BodyEncoding = System.Text.Encoding.UTF8, SubjectEncoding = System.Text.Encoding.UTF8 };
        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            var folder = Path.IsPathRooted(o.PickupDirectory) ? o.PickupDirectory : Path.Combine(environment.ContentRootPath, o.PickupDirectory);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = o.SmtpHost;
            client.Port = o.SmtpPort;
            client.EnableSsl = o.SmtpStartTls;
            if (!string.IsNullOrEmpty(o.SmtpUser))
            {
                client.Credentials = new NetworkCredential(o.SmtpUser, o.SmtpPassword);
            }
        }

        await client.SendMailAsync(message, ct);
        // Subject only: the body may carry a secret link.
        logger.LogInformation("Mail sent: {Subject}", subject);
    }
}
