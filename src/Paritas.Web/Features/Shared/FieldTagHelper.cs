using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Paritas.Web.Features.Shared;

/// <summary>
/// A form field in the GOV.UK pattern: label, hint, error message and control, tied together with
/// ids and aria-describedby, so every form is accessible the same way.
/// <c>&lt;field for="Form.Name" label="Name" hint="…" /&gt;</c>; type "textarea", "select" (with items), or any input type.
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator, IStringLocalizer<SharedResource> l) : TagHelper
{
    [HtmlAttributeName("for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    public required string Label { get; set; }

    public string? Hint { get; set; }

    public string? Type { get; set; }

    public IEnumerable<SelectListItem>? Items { get; set; }

    public string? Autocomplete { get; set; }

    /// <summary>Width class: "short", "medium" or none for full width.</summary>
    public string? Width { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "field" : "field field--error");

        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.AddCssClass("field__label");
        label.InnerHtml.Append(l[Label]);
        output.Content.AppendHtml(label);

        if (Hint is not null)
        {
            var hint = new TagBuilder("div");
            hint.AddCssClass("field__hint");
            hint.Attributes["id"] = id + "-hint";
            hint.InnerHtml.Append(l[Hint]);
            output.Content.AppendHtml(hint);
            describedBy.Add(id + "-hint");
        }

        if (error is not null)
        {
            var message = new TagBuilder("p");
            message.AddCssClass("field__error");
            message.Attributes["id"] = id + "-error";
            var prefix = new TagBuilder("span");
            prefix.AddCssClass("visually-hidden");
            prefix.InnerHtml.Append(l["Error:"] + " ");
            message.InnerHtml.AppendHtml(prefix);
            message.InnerHtml.Append(error);
            output.Content.AppendHtml(message);
            describedBy.Add(id + "-error");
        }

        var attributes = new Dictionary<string, object>();
        if (describedBy.Count > 0)
        {
            attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (error is not null)
        {
            attributes["aria-invalid"] = "true";
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        attributes["class"] = "field__control" + (Width is null ? "" : " field__control--" + Width);

        TagBuilder control = Type switch
        {
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, rows: 5, columns: 60, htmlAttributes: attributes),
            "select" => generator.GenerateSelect(ViewContext, For.ModelExplorer, optionLabel: null, expression: name, selectList: Items ?? [], allowMultiple: false, htmlAttributes: attributes),
            "checkbox" => generator.GenerateCheckBox(ViewContext, For.ModelExplorer, name, isChecked: null, htmlAttributes: attributes),
            _ => generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, For.Model is null || Type == "password" ? null : For.Model, format: null, htmlAttributes: attributes),
        };
        if (Type is not null and not "textarea" and not "select" and not "checkbox")
        {
            control.Attributes["type"] = Type;
        }

        // Validation is the server's: browsers' own bubbles are not accessible to everyone.
        foreach (var key in control.Attributes.Keys.Where(k => k.StartsWith("data-val", StringComparison.Ordinal)).ToList())
        {
            control.Attributes.Remove(key);
        }

        output.Content.AppendHtml(control);
    }
}
