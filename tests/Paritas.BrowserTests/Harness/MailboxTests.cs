using System.Net.Mail;
using System.Text;

namespace Paritas.BrowserTests.Harness;

public sealed class MailboxTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("paritas-mailbox-").FullName;

    [Fact]
    public async Task Reads_a_plain_text_mail_written_by_SmtpClient_with_umlauts_and_a_query_link()
    {
        Send(new MailMessage("noreply@paritas.test", "erika@example.org")
        {
            Subject = "Einladung zur Paritas-Plattform für Köln",
            Body = "Guten Tag,\n\nbitte öffnen Sie https://127.0.0.1:5001/invitations/accept?token=a1B2-c3_D4&culture=de, um fortzufahren.\n"
                + "Danach: https://127.0.0.1:5001/second\n",
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        });

        var mail = await new Mailbox(directory).NewestAsync();

        Assert.Equal("Einladung zur Paritas-Plattform für Köln", mail.Subject);
        Assert.Contains("erika@example.org", mail.To, StringComparison.Ordinal);
        Assert.Contains("bitte öffnen Sie", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://127.0.0.1:5001/invitations/accept?token=a1B2-c3_D4&culture=de"), mail.FirstLink);
        Assert.Equal(2, mail.Links.Count);
    }

    [Fact]
    public async Task Reads_the_link_of_an_html_only_mail_with_encoded_ampersands()
    {
        Send(new MailMessage("noreply@paritas.test", "sam@example.org")
        {
            Subject = "Reset your password",
            Body = "<p>Hello,</p><p><a href=\"http://127.0.0.1:5000/reset?user=7&amp;code=Zm9v%2Bbar\">Reset it</a></p>",
            IsBodyHtml = true,
            BodyEncoding = Encoding.UTF8,
        });

        var mail = await new Mailbox(directory).NewestToAsync("sam@example.org");

        Assert.Null(mail.TextBody);
        Assert.Equal(new Uri("http://127.0.0.1:5000/reset?user=7&code=Zm9v%2Bbar"), mail.FirstLink);
    }

    [Fact]
    public async Task Prefers_the_plain_text_part_of_a_multipart_alternative_mail()
    {
        var message = new MailMessage("noreply@paritas.test", "ana@example.org")
        {
            Subject = "Confirm",
            Body = "Confirm here: http://127.0.0.1:5000/confirm?id=text",
            BodyEncoding = Encoding.UTF8,
        };
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(
            "<a href=\"http://127.0.0.1:5000/confirm?id=html\">Confirm</a>", Encoding.UTF8, "text/html"));
        Send(message);

        var mail = await new Mailbox(directory).NewestAsync();

        Assert.Equal(new Uri("http://127.0.0.1:5000/confirm?id=text"), mail.FirstLink);
        Assert.Contains("id=html", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Joins_a_long_link_that_quoted_printable_broke_across_lines()
    {
        var eml = string.Join("\r\n",
            "From: noreply@paritas.test",
            "To: lee@example.org",
            "Subject: =?utf-8?Q?Bekr=C3=A4ftigen?= =?utf-8?B?IFNpZSBJaHJlIEFkcmVzc2U=?=",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=\"utf-8\"",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Bitte best=C3=A4tigen: http://127.0.0.1:5000/account/confirm?userId=3D42&cod=",
            "e=3DQ2ZESjhBUjZzN3RrV0pIZW5vbmNl",
            "");
        await File.WriteAllTextAsync(Path.Combine(directory, "hand-written.eml"), eml, Encoding.ASCII);

        var mail = await new Mailbox(directory).NewestAsync();

        Assert.Equal("Bekräftigen Sie Ihre Adresse", mail.Subject);
        Assert.StartsWith("Bitte bestätigen:", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(new Uri("http://127.0.0.1:5000/account/confirm?userId=42&code=Q2ZESjhBUjZzN3RrV0pIZW5vbmNl"), mail.FirstLink);
    }

    [Fact]
    public async Task The_newest_mail_is_the_one_written_last()
    {
        var older = Path.Combine(directory, "b.eml");
        var newer = Path.Combine(directory, "a.eml");
        await File.WriteAllTextAsync(older, "To: first@example.org\r\nSubject: first\r\n\r\nhttp://127.0.0.1/first\r\n");
        await File.WriteAllTextAsync(newer, "To: second@example.org\r\nSubject: second\r\n\r\nhttp://127.0.0.1/second\r\n");
        File.SetLastWriteTimeUtc(older, DateTime.UtcNow.AddMinutes(-1));

        var mailbox = new Mailbox(directory);

        Assert.Equal("second", (await mailbox.NewestAsync()).Subject);
        Assert.Equal("first", (await mailbox.NewestToAsync("first@example.org")).Subject);
        Assert.Equal(["first", "second"], mailbox.All().Select(m => m.Subject));
    }

    [Fact]
    public async Task Waiting_for_a_mail_that_never_comes_names_the_mails_that_did()
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "x.eml"), "To: other@example.org\r\nSubject: Other\r\n\r\nno link\r\n");

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => new Mailbox(directory).NewestToAsync("nobody@example.org", TimeSpan.FromMilliseconds(300)));

        Assert.Contains("'Other' to other@example.org", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mail_without_a_link_says_so()
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "x.eml"), "To: a@example.org\r\nSubject: Plain\r\n\r\nNothing to click.\r\n");

        var mail = await new Mailbox(directory).NewestAsync();

        var error = Assert.Throws<InvalidOperationException>(() => mail.FirstLink);
        Assert.Contains("Nothing to click.", error.Message, StringComparison.Ordinal);
    }

    private void Send(MailMessage message)
    {
        using (message)
        using (var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = directory,
        })
        {
            client.Send(message);
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
