using Paritas.Web.Features.Absence.Import;

namespace Paritas.UnitTests.Absence;

/// <summary>The arithmetic and the identifier table that the import's speed rests on agree with the plain .NET answers.</summary>
public sealed class ImportKernelTests
{
    [Fact]
    public void Day_numbers_by_arithmetic_equal_DateOnly_for_every_day_the_importer_accepts()
    {
        for (var day = new DateOnly(1900, 1, 1); day <= new DateOnly(2200, 12, 31); day = day.AddDays(1))
        {
            Assert.Equal(day.DayNumber, FieldParser.DayNumber(day.Year, day.Month, day.Day));
        }
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2100-02-29", false)]
    [InlineData("2000-02-29", true)]
    [InlineData("2024-04-31", false)]
    [InlineData("2024-12-31", true)]
    public void Impossible_dates_are_refused(string text, bool valid)
    {
        Assert.Equal(valid, FieldParser.TryDate(text, AbsenceDateFormat.Iso, out var day));
        if (valid)
        {
            Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).DayNumber, day);
        }
    }

    [Fact]
    public void The_employee_index_numbers_identifiers_densely_and_finds_them_again_after_growing()
    {
        var index = new EmployeeIndex();
        var ids = Enumerable.Range(0, 50_000).Select(i => $"E{i:D8}").ToList();
        Assert.Equal(Enumerable.Range(0, ids.Count), ids.Select(id => index.GetOrAdd(id)));
        Assert.Equal(ids.Count, index.Count);
        Assert.Equal(123, index.GetOrAdd("E00000123"));
        Assert.All(ids.Select((id, i) => (id, i)), x => Assert.True(index.TryGet(x.id, out var e) && e == x.i));
        Assert.False(index.TryGet("E00050000", out _));
        Assert.False(index.TryGet("e00000001", out _));
    }
}
