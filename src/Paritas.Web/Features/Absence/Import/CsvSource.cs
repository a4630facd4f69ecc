using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// Opens an HR export the way HR systems write them: UTF-8 with or without a byte-order mark,
/// or Windows-1252 (told apart from UTF-8 by the first 64 KiB), and comma, semicolon or tab
/// as the delimiter (whichever the header row has most of, outside quotes).
/// </summary>
public static class CsvSource
{
    private const int SniffBytes = 64 * 1024;
    private static readonly char[] Delimiters = [',', ';', '\t'];

    static CsvSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The stream must be seekable: the first bytes are read twice.</summary>
    public static CsvDataReader Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(SniffBytes);
        try
        {
            var length = 0;
            int read;
            while (length < SniffBytes && (read = stream.Read(buffer, length, SniffBytes - length)) > 0)
            {
                length += read;
            }

            var sample = buffer.AsSpan(0, length);
            var encoding = ChooseEncoding(sample, wholeFile: length < SniffBytes);
            var delimiter = ChooseDelimiter(encoding.GetString(sample.Length > 8192 ? sample[..8192] : sample));
            stream.Position = start;
            var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
            if (encoding is UTF8Encoding && sample.StartsWith("\uFEFF"u8))
            {
                reader.Read();
            }

            return CsvDataReader.Create(reader, new CsvDataReaderOptions
            {
                HasHeaders = true,
                Delimiter = delimiter,
                BufferSize = 1 << 16,
                // A quoted field may hold line breaks; a record longer than this is a broken file, not data.
                MaxBufferSize = 1 << 20,
            });
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Strict UTF-8 when the sample is valid UTF-8 (a wrong byte later is reported), else Windows-1252.</summary>
    public static Encoding ChooseEncoding(ReadOnlySpan<byte> sample, bool wholeFile)
    {
        if (sample.StartsWith("\uFEFF"u8) || IsUtf8(sample, wholeFile))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }

        return Encoding.GetEncoding(1252);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> sample, bool wholeFile)
    {
        if (Utf8.IsValid(sample))
        {
            return true;
        }

        // The sample may end inside a multi-byte character: forgive up to three trailing bytes.
        if (!wholeFile)
        {
            for (var cut = 1; cut <= 3 && cut < sample.Length; cut++)
            {
                if (Utf8.IsValid(sample[..^cut]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static char ChooseDelimiter(string text)
    {
        var counts = new int[Delimiters.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                var i = Array.IndexOf(Delimiters, c);
                if (i >= 0)
                {
                    counts[i]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Delimiters[best];
    }
}
