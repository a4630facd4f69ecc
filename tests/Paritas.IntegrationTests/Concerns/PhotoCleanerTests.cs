using System.Text;
using Paritas.Web.Features.Concerns;
using SkiaSharp;

namespace Paritas.IntegrationTests.Concerns;

public sealed class PhotoCleanerTests
{
    [Fact]
    public void SkiaSharp_loads_its_native_library_on_this_machine()
    {
        using var bitmap = new SKBitmap(2, 2);
        Assert.Equal(2, bitmap.Width);
    }

    [Fact]
    public void A_geotagged_photo_comes_out_as_pixels_only()
    {
        var original = GeotaggedPhoto.Build();
        Assert.Contains("Exif", Encoding.Latin1.GetString(original), StringComparison.Ordinal);
        Assert.Contains(GeotaggedPhoto.CameraMarker, Encoding.Latin1.GetString(original), StringComparison.Ordinal);

        var clean = PhotoCleaner.Clean(original);

        Assert.NotNull(clean);
        var text = Encoding.Latin1.GetString(clean);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain(GeotaggedPhoto.CameraMarker, text, StringComparison.Ordinal);
        Assert.False(HasSegment(clean, 0xE1), "An APP1 (EXIF or XMP) segment survived.");
        using var decoded = SKBitmap.Decode(clean);
        Assert.Equal((64, 48), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void Something_that_is_not_a_picture_is_refused()
        => Assert.Null(PhotoCleaner.Clean(Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'/>")));

    private static bool HasSegment(byte[] jpeg, byte marker)
    {
        var i = 2;
        while (i + 4 < jpeg.Length && jpeg[i] == 0xFF)
        {
            if (jpeg[i + 1] == marker)
            {
                return true;
            }

            if (jpeg[i + 1] == 0xDA)
            {
                return false;
            }

            i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
        }

        return false;
    }
}
