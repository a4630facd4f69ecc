using System.Text;
using Paritas.Web.Features.Accounts;

namespace Paritas.UnitTests.Accounts;

public sealed class TotpTests
{
    // RFC 6238 Appendix B, SHA-1: the seed is the ASCII string "12345678901234567890".
    private static readonly byte[] RfcSeed = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Codes_match_the_RFC_6238_test_vectors_in_their_last_six_digits(long unixSeconds, string eightDigits)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(eightDigits[2..], Totp.Code(RfcSeed, step));
    }

    [Fact]
    public void A_code_matches_its_own_step_and_one_step_either_side_for_clock_drift()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.StepAt(now);

        Assert.Equal(step, Totp.MatchStep(RfcSeed, Totp.Code(RfcSeed, step), now, 0));
        Assert.Equal(step - 1, Totp.MatchStep(RfcSeed, Totp.Code(RfcSeed, step - 1), now, 0));
        Assert.Equal(step + 1, Totp.MatchStep(RfcSeed, Totp.Code(RfcSeed, step + 1), now, 0));
    }

    [Fact]
    public void A_code_two_steps_away_is_refused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.StepAt(now);

        Assert.Null(Totp.MatchStep(RfcSeed, Totp.Code(RfcSeed, step - 2), now, 0));
        Assert.Null(Totp.MatchStep(RfcSeed, Totp.Code(RfcSeed, step + 2), now, 0));
    }

    [Fact]
    public void A_code_of_a_step_already_accepted_or_earlier_is_refused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.StepAt(now);

        Assert.Null(Totp.MatchStep(RfcSeed, Totp.Code(RfcSeed, step), now, lastAcceptedStep: step));
        Assert.Null(Totp.MatchStep(RfcSeed, Totp.Code(RfcSeed, step - 1), now, lastAcceptedStep: step - 1));
        Assert.Equal(step + 1, Totp.MatchStep(RfcSeed, Totp.Code(RfcSeed, step + 1), now, lastAcceptedStep: step));
    }

    [Fact]
    public void A_code_from_another_key_is_refused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var other = Encoding.ASCII.GetBytes("another secret key!!");

        Assert.Null(Totp.MatchStep(RfcSeed, Totp.Code(other, Totp.StepAt(now)), now, 0));
    }
}
