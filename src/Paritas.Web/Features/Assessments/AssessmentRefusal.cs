using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Assessments;

/// <summary>Puts what the ledger refused on a page's form, each message at its field or, failing that, at the top.</summary>
public static class AssessmentRefusal
{
    public static void Show(ModelStateDictionary state, ChangeResult result, IStringLocalizer l, params string[] formFields)
    {
        if (result.Outcome == ChangeOutcome.Conflict)
        {
            state.AddModelError(string.Empty, l["Someone else changed this assessment at the same time. Nothing was saved: look at it again and retry."]);
        }

        foreach (var error in result.ErrorList)
        {
            state.AddModelError(formFields.Contains(error.Field) ? "Form." + error.Field : string.Empty, error.Message);
        }
    }
}
