using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// Seals and opens concerns (ADR 0011). A concern's content key exists in clear only in memory,
/// while a concern is raised or read: at rest it is sealed to each committee member's key and
/// wrapped under the key the receipt yields. The identity key is split in two halves, one per
/// side, so opening a name needs a custodian of each side.
/// </summary>
public sealed class ConcernVault(AppDbContext db, ReceiptKeys receipts, TimeProvider clock)
{
    public static string ContentContext(Guid concernId) => $"concern-content:{concernId:N}";

    public static string IdentityContext(Guid concernId) => $"concern-identity:{concernId:N}";

    private static string ReceiptContext(Guid concernId) => $"concern-receipt:{concernId:N}";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ConcernTerms> TermsAsync(CancellationToken ct)
        => (await db.ConcernSettings.AsNoTracking().FirstOrDefaultAsync(ct))?.Terms ?? ConcernTerms.Default;

    /// <summary>Raises a concern in the current organisation. The receipt is returned once and never stored.</summary>
    public async Task<(Concern Concern, Receipt Receipt)> RaiseAsync(Guid organisationId, NewConcern input, CancellationToken ct)
    {
        var settings = await db.ConcernSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        var terms = settings?.Terms ?? ConcernTerms.Default;
        var concern = new Concern(organisationId, input.ChangeId, input.UnitId, input.Category, input.Reporter, input.FieldFeedback, Today, terms);
        if (settings?.AutoAcknowledge == true)
        {
            concern.Acknowledge(Today, terms);
        }

        var contentKey = ConcernSeal.NewKey();
        byte[]? identity = null;
        var recipients = await CommitteeSeats.RecipientsAsync(db, ct);
        if (input.Identity is { } who)
        {
            identity = SealIdentity(concern.Id, who, recipients);
        }

        concern.Seal(ConcernSeal.EncryptText(contentKey, input.Text, ContentContext(concern.Id)), identity);
        var receipt = Receipt.New();
        var salt = ConcernSeal.NewSalt();
        var (verifier, wrap) = receipts.Derive(receipt, salt);
        concern.SetReceipt(receipts.LookupIndex(receipt), salt, verifier, ConcernSeal.Encrypt(wrap, contentKey, ReceiptContext(concern.Id)));
        db.Concerns.Add(concern);
        foreach (var r in recipients)
        {
            db.ConcernKeyShares.Add(new ConcernKeyShare(organisationId, concern.Id, r.KeyId, SharePurpose.Content, ConcernSeal.SealTo(r.PublicKey, contentKey, ConcernKeyShare.ContextOf(concern.Id, SharePurpose.Content))));
        }

        foreach (var photo in input.Photos)
        {
            var attachment = new ConcernAttachment(concern, PhotoCleaner.ContentType);
            attachment.Seal(ConcernSeal.Encrypt(contentKey, photo, attachment.Context));
            db.ConcernAttachments.Add(attachment);
        }

        await db.SaveChangesAsync(ct);
        return (concern, receipt);
    }

    /// <summary>
    /// Finds a concern by its receipt, before the organisation is known: the peppered lookup index
    /// names one row, across organisations, and Argon2id then proves the secret part. Only a
    /// matching receipt yields the organisation and the content key.
    /// </summary>
    public async Task<ReceiptAccess?> OpenByReceiptAsync(Receipt receipt, CancellationToken ct)
    {
        var lookup = receipts.LookupIndex(receipt);
        Guid organisationId, concernId;
        byte[] salt, verifier, wrapped;
        using (db.Tenant.EnterSystemScope())
        {
            var row = await db.Concerns.IgnoreQueryFilters().AsNoTracking().Where(c => c.ReceiptLookup == lookup)
                .Select(c => new { c.Id, c.OrganisationId, c.ReceiptSalt, c.ReceiptVerifier, c.ReceiptKey }).FirstOrDefaultAsync(ct);
            if (row is null)
            {
                // Spend the same work as a real check, so timing does not tell a near miss from a hit.
                receipts.Derive(receipt, new byte[ConcernSeal.SaltSize]);
                return null;
            }

            (organisationId, concernId, salt, verifier, wrapped) = (row.OrganisationId, row.Id, row.ReceiptSalt, row.ReceiptVerifier, row.ReceiptKey);
        }

        var (candidate, wrap) = receipts.Derive(receipt, salt);
        if (!CryptographicOperations.FixedTimeEquals(candidate, verifier))
        {
            return null;
        }

        var contentKey = ConcernSeal.Decrypt(wrap, wrapped, ReceiptContext(concernId));
        return contentKey is null ? null : new ReceiptAccess(organisationId, concernId, contentKey);
    }

    /// <summary>The content key through the member's own share, if one was sealed to their key.</summary>
    public async Task<byte[]?> OpenByMemberAsync(Guid concernId, UnlockedKey key, CancellationToken ct)
    {
        var share = await db.ConcernKeyShares.AsNoTracking()
            .Where(s => s.ConcernId == concernId && s.CommitteeKeyId == key.KeyId && s.Purpose == SharePurpose.Content)
            .Select(s => s.SealedKey).FirstOrDefaultAsync(ct);
        return share is null ? null : ConcernSeal.OpenWith(key.PrivateKey, share, ConcernKeyShare.ContextOf(concernId, SharePurpose.Content));
    }

    /// <summary>
    /// Seals the content key to the committee's keys that lack it (a member who joined or set up a
    /// new key since). Whoever holds the key in the clear — a member reading, or the reporter with
    /// the receipt — shares it onwards; a member who left the committee gets nothing new.
    /// </summary>
    public async Task<int> ShareWithCommitteeAsync(Guid organisationId, Guid concernId, byte[] contentKey, CancellationToken ct)
    {
        var recipients = await CommitteeSeats.RecipientsAsync(db, ct);
        var have = await db.ConcernKeyShares.Where(s => s.ConcernId == concernId && s.Purpose == SharePurpose.Content).Select(s => s.CommitteeKeyId).ToListAsync(ct);
        var missing = recipients.Where(r => !have.Contains(r.KeyId)).ToList();
        foreach (var r in missing)
        {
            db.ConcernKeyShares.Add(new ConcernKeyShare(organisationId, concernId, r.KeyId, SharePurpose.Content, ConcernSeal.SealTo(r.PublicKey, contentKey, ConcernKeyShare.ContextOf(concernId, SharePurpose.Content))));
        }

        if (missing.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return missing.Count;
    }

    /// <summary>Shares every concern this member can open with the colleagues who lack it.</summary>
    public async Task ShareAllWithCommitteeAsync(Guid organisationId, UnlockedKey key, CancellationToken ct)
    {
        var mine = await db.ConcernKeyShares.AsNoTracking().Where(s => s.CommitteeKeyId == key.KeyId && s.Purpose == SharePurpose.Content)
            .Select(s => new { s.ConcernId, s.SealedKey }).ToListAsync(ct);
        foreach (var share in mine)
        {
            if (ConcernSeal.OpenWith(key.PrivateKey, share.SealedKey, ConcernKeyShare.ContextOf(share.ConcernId, SharePurpose.Content)) is { } contentKey)
            {
                await ShareWithCommitteeAsync(organisationId, share.ConcernId, contentKey, ct);
            }
        }
    }

    public static string? ReadText(byte[] contentKey, Concern concern) => ConcernSeal.DecryptText(contentKey, concern.Content, ContentContext(concern.Id));

    public static byte[] SealMessage(byte[] contentKey, ConcernMessage message, string text) => ConcernSeal.EncryptText(contentKey, text, message.Context);

    /// <summary>Adds a reporter's identity later (one way), sealed like one given at the start.</summary>
    public async Task DiscloseAsync(Concern concern, ReporterIdentity who, CancellationToken ct)
    {
        var recipients = await CommitteeSeats.RecipientsAsync(db, ct);
        var old = await db.ConcernKeyShares.Where(s => s.ConcernId == concern.Id && s.Purpose != SharePurpose.Content).ToListAsync(ct);
        db.ConcernKeyShares.RemoveRange(old);
        concern.DiscloseIdentity(SealIdentity(concern.Id, who, recipients));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The identity key is split into two random halves (XOR): one sealed to each employer-side
    /// custodian, the other to each workers'-side custodian. Neither half alone says anything.
    /// </summary>
    private byte[] SealIdentity(Guid concernId, ReporterIdentity who, IReadOnlyList<CommitteeSeats.Recipient> recipients)
    {
        var identityKey = ConcernSeal.NewKey();
        var employerHalf = ConcernSeal.NewKey();
        var workersHalf = new byte[ConcernSeal.KeySize];
        for (var i = 0; i < workersHalf.Length; i++)
        {
            workersHalf[i] = (byte)(identityKey[i] ^ employerHalf[i]);
        }

        foreach (var r in recipients)
        {
            var (purpose, half) = r.Side == Side.Employer ? (SharePurpose.IdentityEmployerHalf, employerHalf) : (SharePurpose.IdentityWorkersHalf, workersHalf);
            db.ConcernKeyShares.Add(new ConcernKeyShare(db.Tenant.OrganisationId!.Value, concernId, r.KeyId, purpose, ConcernSeal.SealTo(r.PublicKey, half, ConcernKeyShare.ContextOf(concernId, purpose))));
        }

        return ConcernSeal.EncryptText(identityKey, JsonSerializer.Serialize(who), IdentityContext(concernId));
    }

    /// <summary>Puts the two halves back together and reads the identity; null when either half fails.</summary>
    public static ReporterIdentity? OpenIdentity(Concern concern, byte[] employerHalf, byte[] workersHalf)
    {
        if (concern.Identity is null || employerHalf.Length != ConcernSeal.KeySize || workersHalf.Length != ConcernSeal.KeySize)
        {
            return null;
        }

        var key = new byte[ConcernSeal.KeySize];
        for (var i = 0; i < key.Length; i++)
        {
            key[i] = (byte)(employerHalf[i] ^ workersHalf[i]);
        }

        return ConcernSeal.DecryptText(key, concern.Identity, IdentityContext(concern.Id)) is { } json ? JsonSerializer.Deserialize<ReporterIdentity>(json) : null;
    }
}

public sealed record NewConcern(Guid ChangeId, Guid? UnitId, ConcernCategory Category, ReporterChoice Reporter, bool FieldFeedback, string Text, ReporterIdentity? Identity, IReadOnlyList<byte[]> Photos);

public sealed record ReporterIdentity(string Name, string? Contact);

public sealed record ReceiptAccess(Guid OrganisationId, Guid ConcernId, byte[] ContentKey)
{
    public override string ToString() => "ReceiptAccess";
}
