using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Concerns;

/// <summary>Checks a concern form (choices, text, photos) for the current organisation and turns it into a new concern.</summary>
public sealed class ConcernIntake(AppDbContext db, IOptions<ConcernOptions> options, IStringLocalizer<SharedResource> l)
{
    private static readonly string[] PhotoTypes = ["image/jpeg", "image/png", "image/webp"];

    public async Task<NewConcern?> CheckAsync(ConcernForm form, ModelStateDictionary modelState, bool fieldFeedback, ReporterIdentity? signedIn, CancellationToken ct)
    {
        if (form.ChangeId is { } changeId && !await db.DigitalChanges.AnyAsync(c => c.Id == changeId, ct))
        {
            modelState.AddModelError("Form.ChangeId", l["Choose the change your concern is about."]);
        }

        if (form.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            modelState.AddModelError("Form.UnitId", l["Choose a unit from the list."]);
        }

        if (form.Category is { } category && !Enum.IsDefined(category))
        {
            modelState.AddModelError("Form.Category", l["Choose what your concern is about."]);
        }

        var reporter = fieldFeedback ? ReporterChoice.Named : form.Reporter;
        if (reporter is { } r && !Enum.IsDefined(r))
        {
            modelState.AddModelError("Form.Reporter", l["Choose whether to give your name."]);
        }

        if (!fieldFeedback && reporter == ReporterChoice.Named && string.IsNullOrWhiteSpace(form.Name))
        {
            modelState.AddModelError("Form.Name", l["Enter your name, or choose to stay anonymous."]);
        }

        var photos = new List<byte[]>();
        var o = options.Value;
        if (form.Photos.Count > o.MaxPhotos)
        {
            modelState.AddModelError("Form.Photos", l["Attach at most {0} photos.", o.MaxPhotos]);
        }
        else
        {
            foreach (var file in form.Photos.Where(f => f.Length > 0))
            {
                if (file.Length > o.MaxPhotoBytes || !PhotoTypes.Contains(file.ContentType, StringComparer.OrdinalIgnoreCase))
                {
                    modelState.AddModelError("Form.Photos", l["Each photo must be a JPEG, PNG or WebP picture of at most {0} MB.", o.MaxPhotoBytes / 1_000_000]);
                    break;
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                if (PhotoCleaner.Clean(buffer.ToArray()) is { } clean)
                {
                    photos.Add(clean);
                }
                else
                {
                    modelState.AddModelError("Form.Photos", l["Each photo must be a JPEG, PNG or WebP picture of at most {0} MB.", o.MaxPhotoBytes / 1_000_000]);
                    break;
                }
            }
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        var identity = fieldFeedback ? signedIn : reporter == ReporterChoice.Named ? new ReporterIdentity(form.Name!.Trim(), Clean(form.Contact)) : null;
        return new NewConcern(form.ChangeId!.Value, form.UnitId, form.Category!.Value, reporter!.Value, fieldFeedback, form.Text!.Trim(), identity, photos);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
