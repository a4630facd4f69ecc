using Paritas.Web.Features.Surveys;

namespace Paritas.UnitTests.Surveys;

/// <summary>A small instrument in the documented format: one mean scale with a reversed item, one "any" scale, an unscored item and free text.</summary>
public static class TestInstrument
{
    public const string Json = """
    {
      "format": "paritas-survey-instrument/1",
      "id": "unit_test",
      "version": "1.0.0",
      "languages": ["en", "sv"],
      "title": { "en": "Test", "sv": "Test" },
      "optionSets": [
        { "id": "frequency", "options": [
          { "value": 1, "score": 100, "label": { "en": "Always", "sv": "Alltid" } },
          { "value": 2, "score": 75, "label": { "en": "Often", "sv": "Ofta" } },
          { "value": 3, "score": 50, "label": { "en": "Sometimes", "sv": "Ibland" } },
          { "value": 4, "score": 25, "label": { "en": "Seldom", "sv": "Sällan" } },
          { "value": 5, "score": 0, "label": { "en": "Never", "sv": "Aldrig" } } ] },
        { "id": "yes_no", "options": [
          { "value": 1, "score": 100, "label": { "en": "Yes", "sv": "Ja" } },
          { "value": 2, "score": 0, "label": { "en": "No", "sv": "Nej" } } ] },
        { "id": "contact", "options": [
          { "value": 1, "score": null, "label": { "en": "More", "sv": "Mer" } },
          { "value": 2, "score": null, "label": { "en": "Less", "sv": "Mindre" } } ] }
      ],
      "sections": [ { "id": "work", "title": { "en": "Work", "sv": "Arbete" } } ],
      "scales": [
        { "id": "workload", "title": { "en": "Workload", "sv": "Arbetsbelastning" }, "rule": "mean" },
        { "id": "trouble_any", "title": { "en": "Any trouble", "sv": "Något besvär" }, "rule": "any" }
      ],
      "items": [
        { "id": "w1", "section": "work", "type": "choice", "optionSet": "frequency", "scale": "workload", "text": { "en": "Q1", "sv": "F1" } },
        { "id": "w2", "section": "work", "type": "choice", "optionSet": "frequency", "scale": "workload", "reverse": true, "text": { "en": "Q2", "sv": "F2" } },
        { "id": "w3", "section": "work", "type": "choice", "optionSet": "frequency", "scale": "workload", "text": { "en": "Q3", "sv": "F3" } },
        { "id": "neck", "section": "work", "type": "choice", "optionSet": "yes_no", "scale": "trouble_any", "text": { "en": "Neck", "sv": "Nacke" } },
        { "id": "back", "section": "work", "type": "choice", "optionSet": "yes_no", "scale": "trouble_any", "text": { "en": "Back", "sv": "Rygg" } },
        { "id": "contact", "section": "work", "type": "choice", "optionSet": "contact", "text": { "en": "Contact", "sv": "Kontakt" } },
        { "id": "comment", "section": "work", "type": "text", "text": { "en": "Comment", "sv": "Kommentar" } }
      ]
    }
    """;

    public static Instrument Parsed => InstrumentParser.Parse(Json).Instrument ?? throw new InvalidOperationException("The test instrument does not parse.");
}
