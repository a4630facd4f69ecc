using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Paritas.UnitTests.Localisation;

/// <summary>
/// Every string a person reads must exist in every supported language. The keys are found in the
/// source the same way scripts/i18n.py finds them, and each language's resx must hold a non-empty
/// translation with the same placeholders.
/// </summary>
public sealed partial class LocalisationTests
{
    public static TheoryData<string> Languages => ["fr", "de", "es", "sv", "it", "nl", "nb", "da"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_key_the_code_uses_is_translated(string language)
    {
        var translations = Load(language);
        var missing = Keys().Where(k => !translations.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} keys lack a {language} translation, e.g.: {string.Join(" | ", missing.Take(10))}. Run scripts/i18n.py missing {language}.");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Translations_keep_the_placeholders_of_their_key(string language)
    {
        var wrong = Load(language).Where(t => !Placeholders(t.Key).SequenceEqual(Placeholders(t.Value))).Select(t => t.Key).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void No_two_keys_differ_only_in_case()
    {
        // Resource names ignore case when compiled: "Closed" and "closed" would be one entry.
        var clashes = Keys().GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void The_key_scan_finds_keys_in_views_code_and_validation_messages()
    {
        var keys = Keys();

        Assert.Contains("Skip to main content", keys);
        Assert.Contains("Enter your e-mail address.", keys);
        Assert.Contains("Employer representative", keys);
    }

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Load(string language)
    {
        var path = Path.Combine(SourceRoot(), "src", "Paritas.Web", "Resources", $"SharedResource.{language}.resx");
        Assert.True(File.Exists(path), $"{path} is missing.");
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
    }

    private static HashSet<string> Keys()
    {
        var web = Path.Combine(SourceRoot(), "src", "Paritas.Web");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (var pattern in new[] { LocalizerCall(), ErrorMessage(), FieldLabel(), FieldHint() })
            {
                foreach (Match m in pattern.Matches(text))
                {
                    keys.Add(Unescape(m.Groups[1].Value));
                }
            }

            if (text.Contains("localisation keys", StringComparison.Ordinal))
            {
                foreach (Match m in AnyString().Matches(text))
                {
                    var value = Unescape(m.Groups[1].Value);
                    if (value.Length > 0 && !value.Contains("localisation keys", StringComparison.Ordinal))
                    {
                        keys.Add(value);
                    }
                }
            }
        }

        keys.RemoveWhere(k => string.IsNullOrWhiteSpace(k) || k.StartsWith('/'));
        return keys;
    }

    private static string Unescape(string s) => s.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Paritas.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Paritas.slnx not found above the test output.");
    }

    [GeneratedRegex(@"\b[Ll]\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"ErrorMessage\s*=\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ErrorMessage();

    [GeneratedRegex(@"<field\b[^>]*?\blabel=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"<field\b[^>]*?\bhint=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex FieldHint();

    [GeneratedRegex(@"(?<![@$])""((?:[^""\\]|\\.)*)""")]
    private static partial Regex AnyString();

    [GeneratedRegex("""\{\d+(?::[^}]*)?\}""")]
    private static partial Regex PlaceholderPattern();
}
