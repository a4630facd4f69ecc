using Microsoft.EntityFrameworkCore;
using Paritas.IntegrationTests.CommandLine;
using Paritas.Web.Features.Training;

namespace Paritas.IntegrationTests.Training;

/// <summary><c>paritas import training</c>: the page's import for scripts, with the same report and the same all-or-nothing rule.</summary>
public sealed class ImportTrainingCommandTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_verb_imports_a_good_file_and_refuses_a_bad_one_line_by_line()
    {
        var org = await app.CreateOrganisationAsync();
        await TrainingData.ArrangeAsync(app, org);
        var good = Path.GetTempFileName();
        var bad = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(good, "employee_id,unit_code,date,hours,activity\nTRNQ8ZA00,A,2024-01-10,2,Visit app\nTRNQ8ZA01,A,2024-01-11,3,Visit app\n");
            await File.WriteAllTextAsync(bad, "employee_id,unit_code,date,hours,activity\nTRNQ8ZA00,A,2024-01-10,2,Visit app\nTRNQ8ZA01,A,10.01.2024,3,Visit app\n");

            var imported = await Cli.RunAsync(app, ["import", "training", "--organisation", org.Slug, "--hours", good, "--from", "2024-01", "--to", "2024-01"]);
            Assert.Equal(0, imported.ExitCode);
            Assert.Contains("Imported 2 rows", imported.Out, StringComparison.Ordinal);
            var cells = await app.WithScopeAsync((_, db) => db.Set<DeliveredHoursCell>().IgnoreQueryFilters().CountAsync(c => c.OrganisationId == org.Id));
            Assert.True(cells > 0);

            var refused = await Cli.RunAsync(app, ["import", "training", "--organisation", org.Slug, "--hours", bad, "--from", "2024-01", "--to", "2024-01"]);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("Training hours file, row 3, column date: The date is not a valid date in the declared format.", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(TrainingData.IdPrefix, refused.Error + refused.Out, StringComparison.Ordinal);
            Assert.Equal(cells, await app.WithScopeAsync((_, db) => db.Set<DeliveredHoursCell>().IgnoreQueryFilters().CountAsync(c => c.OrganisationId == org.Id)));
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }
}
