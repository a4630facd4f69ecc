using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Paritas.IntegrationTests.Concerns;

/// <summary>A real JPEG with an EXIF block that holds a GPS position (Oslo town hall), as a phone would write it.</summary>
public static class GeotaggedPhoto
{
    public const string CameraMarker = "PARITAS-TEST-CAMERA-SERIAL";

    public static byte[] Build(int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        var exif = Exif();
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>"Exif\0\0", a big-endian TIFF header, IFD0 (camera serial as ImageDescription, pointer to GPS IFD) and the GPS IFD.</summary>
    private static byte[] Exif()
    {
        var tiff = new List<byte>();
        void U16(int v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); tiff.AddRange(b); }
        void U32(long v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, (uint)v); tiff.AddRange(b); }
        var serial = Encoding.ASCII.GetBytes(CameraMarker + "\0");
        tiff.AddRange("MM"u8.ToArray());
        U16(42);
        U32(8);

        // IFD0 at 8: two entries.
        const int ifd0Size = 2 + (2 * 12) + 4;
        var serialOffset = 8 + ifd0Size;
        var gpsOffset = serialOffset + serial.Length;
        U16(2);
        U16(0x010E); U16(2); U32(serial.Length); U32(serialOffset);
        U16(0x8825); U16(4); U32(1); U32(gpsOffset);
        U32(0);
        tiff.AddRange(serial);

        // GPS IFD: latitude ref/latitude, longitude ref/longitude.
        const int gpsSize = 2 + (4 * 12) + 4;
        var latOffset = gpsOffset + gpsSize;
        var lonOffset = latOffset + 24;
        U16(4);
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(latOffset);
        U16(0x0003); U16(2); U32(2); tiff.AddRange("E\0\0\0"u8.ToArray());
        U16(0x0004); U16(5); U32(3); U32(lonOffset);
        U32(0);
        foreach (var (num, den) in new[] { (59, 1), (54, 1), (4536, 100), (10, 1), (44, 1), (1188, 100) })
        {
            U32(num);
            U32(den);
        }

        return [.. "Exif\0\0"u8.ToArray(), .. tiff];
    }
}
