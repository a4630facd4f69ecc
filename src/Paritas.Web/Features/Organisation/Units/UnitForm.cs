using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Units;

/// <summary>
/// The unit form of the Create and Edit pages. Everything is text as typed, so UnitEditor — which
/// the API uses too — gives every message; the pages add none of their own rules.
/// </summary>
public sealed class UnitForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Sector { get; set; }

    public string? Headcount { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>The version the person started from; a different one in the database means someone else saved first.</summary>
    public Guid? Version { get; set; }

    public UnitInput ToInput() => new(Code, Name, Sector, UnitFields.TryParseHeadcount(Headcount, out var headcount) ? headcount : null, ParentId);

    /// <summary>Copies the editor's errors to the form's fields, so each shows beside its control.</summary>
    public static void CopyErrors(UnitEditResult result, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string prefix)
    {
        foreach (var error in result.Errors)
        {
            var key = error.Field is "" or "Version" ? "" : prefix + "." + error.Field;
            modelState.AddModelError(key, error.Message);
        }
    }
}
