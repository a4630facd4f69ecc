using System.Text;
using Paritas.Web.Features.Absence.Import;

namespace Paritas.UnitTests.Absence;

/// <summary>Builds the two files and runs the aggregator on them, for tests that state only their rows.</summary>
internal static class Files
{
    public const string WorkforceHeader = "employee_id,unit_code,start_date,end_date,fte,contract_type";
    public const string SpellsHeader = "employee_id,unit_code,start_date,end_date,cause,degree";

    public static MemoryStream Csv(string text, Encoding? encoding = null) => new((encoding ?? new UTF8Encoding(false)).GetBytes(text));

    public static (AbsenceAggregate Aggregate, ImportReport Report) Run(AbsenceImportSetup setup, string workforce, string spells)
    {
        var (aggregate, run) = AbsenceAggregator.Aggregate(setup, Csv(workforce), Csv(spells));
        return (aggregate, run.Report(run.Problems.Total == 0, 0));
    }

    public static AbsenceImportSetup FirstQuarter2024(bool acceptGoodRows = false, AbsenceDateFormat format = AbsenceDateFormat.Iso) =>
        AbsenceImportSetup.Simple(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 1), ["A", "B"],
            [new DimensionSpec("ContractType", "contract_type", ["permanent", "temporary"])], format, acceptGoodRows);
}
