using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;
using SkiaSharp;

namespace Paritas.BrowserTests;

/// <summary>
/// Acceptance 1: a worker raises an anonymous concern with a photo on a phone and gets a receipt; the
/// joint committee acknowledges and answers; the worker reads the answer with the receipt and replies.
/// </summary>
public sealed partial class ConcernChannelTests(ParitasApp app) : BrowserTest(app)
{
    private const string Committee = "employer@demo.paritas.test";
    private const string Change = "Electronic care-planning app";

    [Fact]
    public async Task A_worker_and_the_joint_committee_talk_through_an_anonymous_concern()
    {
        var committee = await SignedInPageAsync(Committee);
        await committee.GotoAsync("/Concerns/Key");
        await AssertAccessibleAsync(committee);
        await committee.GetByLabel("New passphrase", new() { Exact = true }).FillAsync("browser test committee passphrase");
        await committee.GetByLabel("New passphrase again", new() { Exact = true }).FillAsync("browser test committee passphrase");
        await committee.GetByRole(AriaRole.Button, new() { NameRegex = SetUpButton() }).ClickAsync();
        await Assertions.Expect(committee.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Concerns");

        var phone = await NewPhonePageAsync();
        await phone.GotoAsync("/Concerns/Report/demo");
        await AssertAccessibleAsync(phone);
        await phone.GetByLabel("Which change is it about?").SelectOptionAsync(new SelectOptionValue { Label = Change });
        await phone.GetByLabel("What is it about?").SelectOptionAsync(new SelectOptionValue { Label = "Equipment" });
        await phone.GetByLabel("Your concern").FillAsync("The phone battery is empty before the last visit of the day.");
        await phone.GetByLabel("Photos (optional)").SetInputFilesAsync(new FilePayload { Name = "battery.jpg", MimeType = "image/jpeg", Buffer = Photo() });
        await phone.GetByLabel("Anonymous", new() { Exact = true }).CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send the concern" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your concern has been sent");
        var receipt = (await phone.Locator("#receipt").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$", receipt);
        Assert.DoesNotContain(receipt, phone.Url, StringComparison.Ordinal);
        await AssertAccessibleAsync(phone);

        await committee.GotoAsync("/Concerns");
        await AssertAccessibleAsync(committee);
        await committee.GetByRole(AriaRole.Row).Filter(new() { HasText = Change }).Filter(new() { HasText = "New" }).First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(committee.GetByText("The phone battery is empty before the last visit of the day.")).ToBeVisibleAsync();
        await Assertions.Expect(committee.GetByRole(AriaRole.Img, new() { Name = "Photo attached by the reporter" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(committee);
        await committee.GetByRole(AriaRole.Button, new() { Name = "Acknowledge receipt" }).ClickAsync();
        await committee.GetByLabel("Message", new() { Exact = true }).FillAsync("Thank you. Spare power banks are ordered for every team.");
        await committee.GetByRole(AriaRole.Button, new() { Name = "Send the message" }).ClickAsync();
        await Assertions.Expect(committee.GetByText("Spare power banks are ordered for every team.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(committee);

        await phone.GotoAsync("/Concerns/Follow");
        await AssertAccessibleAsync(phone);
        await phone.GetByLabel("Receipt").FillAsync(receipt);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Read my concern" }).ClickAsync();
        await Assertions.Expect(phone.GetByText("Spare power banks are ordered for every team.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(phone);
        await phone.GetByLabel("Your reply").FillAsync("They arrived today, thank you.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send the reply" }).ClickAsync();
        await Assertions.Expect(phone.GetByText("They arrived today, thank you.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(phone);

        await committee.ReloadAsync();
        await Assertions.Expect(committee.GetByText("They arrived today, thank you.")).ToBeVisibleAsync();
    }

    private static byte[] Photo()
    {
        using var bitmap = new SKBitmap(120, 80);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.DarkOrange);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    [GeneratedRegex("^(Set up my key|Replace my key)$")]
    private static partial Regex SetUpButton();
}
