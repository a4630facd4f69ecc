using Paritas.Web.Features.Concerns;

namespace Paritas.UnitTests.Concerns;

public sealed class ConcernSealTests
{
    [Fact]
    public void A_key_sealed_to_a_member_opens_only_with_their_private_key_and_for_its_own_concern()
    {
        var (privateKey, publicKey) = ConcernSeal.NewKeyPair();
        var (otherPrivate, _) = ConcernSeal.NewKeyPair();
        var contentKey = ConcernSeal.NewKey();

        var sealedKey = ConcernSeal.SealTo(publicKey, contentKey, "concern-share:a:Content");

        Assert.Equal(contentKey, ConcernSeal.OpenWith(privateKey, sealedKey, "concern-share:a:Content"));
        Assert.Null(ConcernSeal.OpenWith(otherPrivate, sealedKey, "concern-share:a:Content"));
        Assert.Null(ConcernSeal.OpenWith(privateKey, sealedKey, "concern-share:b:Content"));
    }

    [Fact]
    public void Text_under_a_content_key_reads_back_and_a_changed_byte_is_refused()
    {
        var key = ConcernSeal.NewKey();
        var sealedText = ConcernSeal.EncryptText(key, "The tablet battery dies before noon.", "ctx");
        Assert.Equal("The tablet battery dies before noon.", ConcernSeal.DecryptText(key, sealedText, "ctx"));

        sealedText[^1] ^= 1;
        Assert.Null(ConcernSeal.DecryptText(key, sealedText, "ctx"));
    }

    [Fact]
    public void Argon2id_gives_the_same_key_for_the_same_secret_and_salt_only()
    {
        var salt = ConcernSeal.NewSalt();
        var a = ConcernSeal.Stretch("passphrase"u8, salt, 32, 8192);
        Assert.Equal(a, ConcernSeal.Stretch("passphrase"u8, salt, 32, 8192));
        Assert.NotEqual(a, ConcernSeal.Stretch("passphrasf"u8, salt, 32, 8192));
        Assert.NotEqual(a, ConcernSeal.Stretch("passphrase"u8, ConcernSeal.NewSalt(), 32, 8192));
    }
}
