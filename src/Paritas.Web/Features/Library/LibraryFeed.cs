using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Library;

/// <summary>An Atom feed of the newest public items: public only, whoever asks, so a feed reader's cache leaks nothing.</summary>
public static class LibraryFeed
{
    private const int Size = 50;

    public static async Task<IResult> WriteAsync(HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var items = await db.LibraryItems.Where(LibraryReader.Anonymous.Visible())
            .Where(i => i.PublishedAt != null)
            .OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Uid).Take(Size)
            .Select(i => new { i.Uid, i.Kind, i.OriginalLanguage, i.PublishedAt, i.UpdatedAt, Texts = i.Translations.Select(t => new { t.Language, t.Title, t.Summary }).ToList() })
            .ToListAsync(ct);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", atom);
            xml.WriteElementString("title", atom, "Paritas library");
            xml.WriteElementString("id", atom, origin + "/library/feed.atom");
            var updated = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.UpdatedAt);
            xml.WriteElementString("updated", atom, updated.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            Link(xml, atom, "self", origin + "/library/feed.atom");
            Link(xml, atom, "alternate", origin + "/Library");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, "Paritas");
            xml.WriteEndElement();
            foreach (var i in items)
            {
                var text = i.Texts.FirstOrDefault(t => t.Language == i.OriginalLanguage) ?? i.Texts.FirstOrDefault();
                if (text is null)
                {
                    continue;
                }

                xml.WriteStartElement("entry", atom);
                xml.WriteAttributeString("xml", "lang", null, text.Language);
                xml.WriteElementString("title", atom, text.Title);
                xml.WriteElementString("id", atom, origin + "/Library/Item/" + i.Uid);
                xml.WriteElementString("published", atom, i.PublishedAt!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                xml.WriteElementString("updated", atom, i.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                Link(xml, atom, "alternate", origin + "/Library/Item/" + i.Uid + "?lang=" + text.Language);
                xml.WriteStartElement("category", atom);
                xml.WriteAttributeString("term", i.Kind.ToString());
                xml.WriteEndElement();
                if (!string.IsNullOrWhiteSpace(text.Summary))
                {
                    xml.WriteElementString("summary", atom, text.Summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // StringBuilder output declares UTF-16; the response is UTF-8.
        var body = builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        return Results.Text(body, "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    private static void Link(XmlWriter xml, string atom, string rel, string href)
    {
        xml.WriteStartElement("link", atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
