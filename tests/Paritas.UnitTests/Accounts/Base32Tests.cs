using System.Text;
using FsCheck.Xunit;
using Paritas.Web.Features.Accounts;

namespace Paritas.UnitTests.Accounts;

public sealed class Base32Tests
{
    // RFC 4648 section 10, without the padding authenticator apps leave out.
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Encoding_matches_the_RFC_4648_test_vectors(string text, string base32)
    {
        Assert.Equal(base32, Base32.Encode(Encoding.ASCII.GetBytes(text)));
        Assert.Equal(text, Encoding.ASCII.GetString(Base32.Decode(base32)));
    }

    [Fact]
    public void Decoding_accepts_padding_lower_case_and_spaces_as_people_type_them()
        => Assert.Equal("foobar", Encoding.ASCII.GetString(Base32.Decode("mzxw 6ytb oi======")));

    [Fact]
    public void Decoding_refuses_characters_outside_the_alphabet()
        => Assert.Throws<FormatException>(() => Base32.Decode("MZXW1"));

    [Property]
    public bool Any_bytes_survive_a_round_trip(byte[] data)
        => Base32.Decode(Base32.Encode(data)).AsSpan().SequenceEqual(data);
}
