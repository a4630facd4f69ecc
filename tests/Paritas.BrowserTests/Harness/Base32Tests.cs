using System.Text;

namespace Paritas.BrowserTests.Harness;

public sealed class Base32Tests
{
    // RFC 4648 §10.
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY======")]
    [InlineData("fo", "MZXQ====")]
    [InlineData("foo", "MZXW6===")]
    [InlineData("foob", "MZXW6YQ=")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI======")]
    public void Round_trips_the_RFC_4648_test_vectors(string text, string base32)
    {
        Assert.Equal(base32, Base32.Encode(Encoding.ASCII.GetBytes(text)));
        Assert.Equal(text, Encoding.ASCII.GetString(Base32.Decode(base32)));
    }

    [Fact]
    public void Decoding_ignores_case_spaces_and_missing_padding()
    {
        Assert.Equal("foobar", Encoding.ASCII.GetString(Base32.Decode("mzxw 6ytb oi")));
    }

    [Fact]
    public void A_character_outside_the_alphabet_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => Base32.Decode("MZXW1"));
        Assert.Contains("'1'", error.Message, StringComparison.Ordinal);
    }
}
