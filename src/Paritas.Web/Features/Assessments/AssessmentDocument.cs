using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// The assessment as a Word document: both sides' answers (as far as the reader may see them),
/// scores and levels, conclusions, dissent and actions. Headings use real heading styles and
/// tables mark their header rows, so the document reads well with a screen reader too.
/// </summary>
public static class AssessmentDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Build(AssessmentReport r, IReadOnlyList<ActionRow> actions, IStringLocalizer l)
    {
        var culture = CultureInfo.CurrentCulture;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles(CultureInfo.CurrentUICulture.Name);
            var body = new Body();
            main.Document = new Document(body);
            document.PackageProperties.Title = l["{0}, version {1}", l[AssessmentNames.Of(r.Kind)], r.Number] + " – " + r.ChangeTitle;

            body.Append(Heading(l["{0}, version {1}", l[AssessmentNames.Of(r.Kind)], r.Number], 1));
            body.Append(Para(r.ChangeTitle));
            body.Append(Para(l["Status"] + ": " + l[AssessmentNames.Of(r.Status)] + (r.SignedAt is { } at ? " – " + at.ToString("d", culture) : "")));
            body.Append(Para(l["Instrument"] + ": " + AssessmentInstrument.In(r.Instrument.Title) + $" ({r.Instrument.Key} v{r.Instrument.Version})"));
            if (r.AmendmentReason is not null)
            {
                body.Append(Para(l["This version amends version {0}. Reason: {1}", r.Number - 1, r.AmendmentReason]));
            }

            foreach (var side in new[] { Side.Employer, Side.Workers })
            {
                var signature = r.Signature(side);
                body.Append(Para(l[AssessmentNames.Of(side)] + ": " + (signature is null ? l["not signed yet"] : l["signed by {0} on {1}", signature.Name, signature.SignedAt.ToString("g", culture)])));
            }

            body.Append(Heading(l["Scores"], 2));
            var scoreRows = new List<string[]> { new[] { l["Side"].Value, l["Raw impact"], l["Mitigation"], l["Net impact"], l["Maximum"], l["Level"] } };
            foreach (var sheet in new[] { r.Employer, r.Workers })
            {
                scoreRows.Add(sheet.Score is { } s
                    ? [l[AssessmentNames.Of(sheet.Side)], Num(s.Raw), Num(s.Mitigation), Num(s.Net), Num(s.Maximum), l[AssessmentNames.Of(s.Level)] + " (" + s.Share.ToString("P0", culture) + ")"]
                    : [l[AssessmentNames.Of(sheet.Side)], l["Not shared yet"], "", "", "", ""]);
            }

            body.Append(Table(scoreRows, null));
            body.Append(Para(r.Comparable
                ? (r.Differences == 1 ? l["The sides answered one question differently."] : l["The sides answered {0} questions differently.", r.Differences])
                : l["The answers can be compared once both sides have shared them."]));

            foreach (var section in r.Instrument.Sections)
            {
                body.Append(Heading(AssessmentInstrument.In(section.Title), 2));
                var header = new List<string> { l["Question"], l["Employer side"], l["Workers' side"] };
                if (r.ExAnte is not null)
                {
                    header.Add(l["Ex-ante answers"]);
                }

                header.Add(l["Do the sides agree?"]);
                var rows = new List<string[]> { header.ToArray() };
                var marked = new List<bool> { false };
                foreach (var q in section.Questions)
                {
                    var row = new List<string> { AssessmentInstrument.In(q.Text) + (q.Kind == QuestionKind.Mitigation ? " (" + l["Mitigation"] + ")" : ""), Answer(q, r.Employer), Answer(q, r.Workers) };
                    if (r.ExAnte is { } prior)
                    {
                        row.Add(l["Employer side"] + ": " + Answer(q, prior.Employer) + "; " + l["Workers' side"] + ": " + Answer(q, prior.Workers));
                    }

                    var differs = r.Differs(q.Key);
                    row.Add(!r.Comparable ? "" : differs ? l["Differs"] : l["Same answer"]);
                    rows.Add([.. row]);
                    marked.Add(differs);
                }

                body.Append(Table(rows, marked));
                var conclusion = r.Conclusion(section.Key);
                body.Append(Para(l["Joint conclusion:"] + " " + (conclusion?.Text ?? l["No joint conclusion yet."])));
                if (conclusion?.OutcomeDifference is { } difference)
                {
                    body.Append(Para(l["What turned out differently:"] + " " + difference));
                }

                foreach (var d in r.Dissents.Where(d => d.SectionKey == section.Key))
                {
                    body.Append(Para(l["Dissent"] + " – " + l[AssessmentNames.Of(d.Side)] + ": " + d.Text));
                }
            }

            body.Append(Heading(l["Dissent"], 2));
            if (r.Dissents.Count == 0)
            {
                body.Append(Para(l["Neither side has recorded dissent."]));
            }

            foreach (var d in r.Dissents)
            {
                var where = d.SectionKey is { } key && r.Instrument.Section(key) is { } s ? AssessmentInstrument.In(s.Title) : l["The assessment as a whole"];
                body.Append(Para($"{l[AssessmentNames.Of(d.Side)]} – {where} ({d.RecordedAt.ToString("d", culture)}): {d.Text}"));
            }

            body.Append(Heading(l["Mitigation actions"], 2));
            if (actions.Count == 0)
            {
                body.Append(Para(l["No mitigation actions yet."]));
            }
            else
            {
                var actionRows = new List<string[]> { new[] { l["Measure"].Value, l["Owner"], l["Due"], l["Budget"], l["Status"] } };
                actionRows.AddRange(actions.Select(a => new[]
                {
                    a.Measure,
                    l[AssessmentNames.Of(a.OwnerSide)].Value,
                    a.DueOn?.ToString("d", culture) ?? l["No date"],
                    a.Budget?.ToString("N2", culture) ?? "",
                    l[AssessmentNames.Of(a.Status)] + (a.Overdue ? " – " + l["Overdue"] : ""),
                }));
                body.Append(Table(actionRows, null));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document.Save();
        }

        return stream.ToArray();

        string Num(int value) => value.ToString(culture);
        string Answer(InstrumentQuestion q, AssessmentSheet sheet)
            => !sheet.Visible ? l["Not shared yet"]
                : sheet[q.Key] is { } a && q.Option(a.OptionKey) is { } o
                    ? AssessmentInstrument.In(o.Text) + (a.Comment is { } c ? " – " + c : "")
                    : l["Not answered"];
    }

    private static Paragraph Heading(string text, int level)
        => new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading" + level.ToString(CultureInfo.InvariantCulture) }), new Run(new Text(text)));

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(List<string[]> rows, List<bool>? marked)
    {
        var columns = rows[0].Length;
        var width = 9638 / columns;
        var border = BorderValues.Single;
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = border, Size = 4U },
                new LeftBorder { Val = border, Size = 4U },
                new BottomBorder { Val = border, Size = 4U },
                new RightBorder { Val = border, Size = 4U },
                new InsideHorizontalBorder { Val = border, Size = 4U },
                new InsideVerticalBorder { Val = border, Size = 4U })));
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = new TableRow();
            if (i == 0)
            {
                // Repeats on every page and tells assistive technology these are column headers.
                row.Append(new TableRowProperties(new TableHeader()));
            }

            var highlight = marked is not null && i < marked.Count && marked[i];
            for (var j = 0; j < rows[i].Length; j++)
            {
                var value = rows[i][j];
                var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (highlight)
                {
                    properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF7BF" });
                }

                var run = i == 0 || (highlight && j == rows[i].Length - 1) ? new Run(new RunProperties(new Bold()), new Text(value) { Space = SpaceProcessingModeValues.Preserve }) : new Run(new Text(value) { Space = SpaceProcessingModeValues.Preserve });
                row.Append(new TableCell(properties, new Paragraph(run)));
            }

            table.Append(row);
        }

        return table;
    }

    private static Styles Styles(string language)
    {
        Style Heading(int level, string size) => new(
            new StyleName { Val = "heading " + level.ToString(CultureInfo.InvariantCulture) },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "Heading" + level.ToString(CultureInfo.InvariantCulture),
        };

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Arial", HighAnsi = "Arial" }, new FontSize { Val = "22" }, new Languages { Val = language.Length > 0 ? language : "en" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading(1, "36"),
            Heading(2, "28"));
    }
}
