using Paritas.Web.Features.Concerns;

namespace Paritas.UnitTests.Concerns;

public sealed class ReceiptTests
{
    [Fact]
    public void A_receipt_carries_120_random_bits_in_six_groups_of_four()
    {
        var receipt = Receipt.New();
        Assert.Equal(5 + 10, receipt.Lookup.Length + receipt.Secret.Length);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$", receipt.Text);
        Assert.NotEqual(Receipt.New().Text, receipt.Text);
    }

    [Fact]
    public void Reading_forgives_case_spaces_and_look_alike_letters()
    {
        var receipt = Receipt.New();
        var sloppy = receipt.Text.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal).Replace('0', 'o').Replace('1', 'l');
        var read = Receipt.Parse(sloppy);
        Assert.NotNull(read);
        Assert.Equal(receipt.Lookup, read.Lookup);
        Assert.Equal(receipt.Secret, read.Secret);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCD")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TVWX-YZ2U")]
    public void Anything_else_is_no_receipt(string text) => Assert.Null(Receipt.Parse(text));

    [Fact]
    public void A_receipt_never_prints_itself()
        => Assert.DoesNotContain(Receipt.New().Text, $"{Receipt.New()}", StringComparison.Ordinal);
}
