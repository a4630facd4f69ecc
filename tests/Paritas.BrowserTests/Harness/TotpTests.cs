using System.Text;

namespace Paritas.BrowserTests.Harness;

public sealed class TotpTests
{
    // RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
    private static readonly string RfcSecret = Base32.Encode(Encoding.ASCII.GetBytes("12345678901234567890"));

    [Theory]
    [InlineData(59L, 0x1L, "94287082")]
    [InlineData(1111111109L, 0x23523ECL, "07081804")]
    [InlineData(1111111111L, 0x23523EDL, "14050471")]
    [InlineData(1234567890L, 0x273EF07L, "89005924")]
    [InlineData(2000000000L, 0x3F940AAL, "69279037")]
    [InlineData(20000000000L, 0x27BC86AAL, "65353130")]
    public void Codes_match_the_RFC_6238_SHA1_test_vectors(long unixTime, long expectedStep, string expectedCode)
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(unixTime);

        Assert.Equal(expectedStep, Totp.TimeStep(time));
        Assert.Equal(expectedCode, Totp.Compute(RfcSecret, time, digits: 8));
        // An authenticator shows six digits: the same number modulo 10^6.
        Assert.Equal(expectedCode[^6..], Totp.Compute(RfcSecret, time));
    }

    [Theory]
    [InlineData(0, "755224")]
    [InlineData(1, "287082")]
    [InlineData(2, "359152")]
    [InlineData(3, "969429")]
    [InlineData(4, "338314")]
    [InlineData(5, "254676")]
    [InlineData(6, "287922")]
    [InlineData(7, "162583")]
    [InlineData(8, "399871")]
    [InlineData(9, "520489")]
    public void Each_time_step_gives_the_RFC_4226_HOTP_value_of_that_counter(long counter, string expected)
    {
        var startOfStep = DateTimeOffset.FromUnixTimeSeconds(counter * 30);
        var endOfStep = startOfStep.AddSeconds(29);

        Assert.Equal(expected, Totp.Compute(RfcSecret, startOfStep));
        Assert.Equal(expected, Totp.Compute(RfcSecret, endOfStep));
    }

    [Fact]
    public void A_secret_shown_in_lower_case_groups_gives_the_same_code()
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(1111111109);
        var shown = string.Join(' ', RfcSecret.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

        Assert.Equal("081804", Totp.Compute(shown, time));
    }

    [Fact]
    public void The_next_step_starts_on_the_next_multiple_of_thirty_seconds()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1111111110), Totp.NextStepStart(DateTimeOffset.FromUnixTimeSeconds(1111111109)));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1111111140), Totp.NextStepStart(DateTimeOffset.FromUnixTimeSeconds(1111111110)));
    }
}
