using System.Text;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Units;

/// <summary>The import's reading and checking, without a database: files as HR systems and spreadsheets really write them.</summary>
public sealed class UnitImportPlanTests
{
    private const string Header = "code,name,parent_code,sector,headcount\n";

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_is_read_as_excel_unicode_text()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("code\tname\tparent_code\tsector\theadcount\r\nÅS\tÅlesund sjukehus\t\thealth_and_social_care\t900\r\n")).ToArray();

        var plan = UnitImport.Plan(bytes, []);

        Assert.True(plan.IsValid);
        var row = Assert.Single(plan.Rows);
        Assert.Equal(("ÅS", "Ålesund sjukehus", Sector.HealthAndSocialCare, 900), (row.Code, row.Name, row.Sector, row.Headcount));
    }

    [Fact]
    public void A_file_marked_utf8_that_is_not_is_refused_rather_than_guessed()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes(Header + "A,"), 0xE6, .. Encoding.ASCII.GetBytes(",,other,1\n")];

        var plan = UnitImport.Plan(bytes, []);

        Assert.Contains("is not", Assert.Single(plan.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_starting_with_a_hash_is_a_unit_not_a_comment_and_padding_fields_are_harmless()
    {
        var plan = UnitImport.Plan(Encoding.UTF8.GetBytes("Code, Name ,Parent Code,SECTOR,head-count,,\n#12,Hash unit,,other,1,,\n"), []);

        Assert.True(plan.IsValid, string.Join("; ", plan.Problems.Select(p => p.Reason)));
        Assert.Equal("#12", Assert.Single(plan.Rows).Code);
    }

    [Fact]
    public void Units_may_swap_places_with_their_parent_but_not_form_a_cycle_through_an_existing_unit()
    {
        var top = new ExistingUnit(Guid.NewGuid(), "TOP", "Top", Sector.Other, 1, null, true, Guid.NewGuid());
        var below = new ExistingUnit(Guid.NewGuid(), "BELOW", "Below", Sector.Other, 1, top.Id, true, Guid.NewGuid());

        var swap = UnitImport.Plan(Encoding.UTF8.GetBytes(Header + "TOP,Top,BELOW,other,1\nBELOW,Below,,other,1\n"), [top, below]);
        var cycle = UnitImport.Plan(Encoding.UTF8.GetBytes(Header + "TOP,Top,BELOW,other,1\n"), [top, below]);

        Assert.True(swap.IsValid);
        Assert.Equal(["BELOW", "TOP"], swap.Rows.Select(r => r.Code));
        Assert.Equal((2, "parent_code"), (Assert.Single(cycle.Problems).Line, Assert.Single(cycle.Problems).Column));
    }

    [Fact]
    public void An_open_unit_may_not_be_put_under_a_closed_one_but_a_closed_unit_may_stay_there()
    {
        var closedParent = new ExistingUnit(Guid.NewGuid(), "OLD", "Old", Sector.Other, 0, null, false, Guid.NewGuid());
        var closedChild = new ExistingUnit(Guid.NewGuid(), "OLD-1", "Old child", Sector.Other, 0, closedParent.Id, false, Guid.NewGuid());

        var plan = UnitImport.Plan(Encoding.UTF8.GetBytes(Header + "OLD-1,Old child,OLD,other,0\nNEW,New,OLD,other,0\n"), [closedParent, closedChild]);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal((3, "parent_code"), (problem.Line, problem.Column));
        Assert.StartsWith("The parent unit is closed.", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1000001")]
    [InlineData("1,5")]
    [InlineData("+3")]
    [InlineData("")]
    [InlineData("ten")]
    public void A_headcount_that_is_not_a_whole_number_from_0_to_a_million_is_refused(string headcount)
    {
        var plan = UnitImport.Plan(Encoding.UTF8.GetBytes(Header + $"A,Unit,,other,\"{headcount}\"\n"), []);

        Assert.Equal((2, "headcount"), (Assert.Single(plan.Problems).Line, Assert.Single(plan.Problems).Column));
    }

    [Theory]
    [InlineData("administration", Sector.Administration)]
    [InlineData("Health_And_Social_Care", Sector.HealthAndSocialCare)]
    [InlineData("education-and-culture", Sector.EducationAndCulture)]
    [InlineData("UTILITIES", Sector.Utilities)]
    [InlineData("EmergencyServices", Sector.EmergencyServices)]
    [InlineData(" other ", Sector.Other)]
    public void Sectors_are_read_by_name_in_any_case_and_in_snake_or_kebab_form(string text, Sector expected)
    {
        Assert.True(SectorNames.TryParse(text, out var sector));
        Assert.Equal(expected, sector);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Administration,Other")]
    [InlineData("health and social care")]
    public void Numbers_lists_and_free_text_are_not_sectors(string text) => Assert.False(SectorNames.TryParse(text, out _));
}
