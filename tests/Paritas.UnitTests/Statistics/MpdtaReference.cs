using System.Globalization;

namespace Paritas.UnitTests.Statistics;

/// <summary>The mpdta panel and what R's did 2.3.0 reports on it (reference README).</summary>
internal static class MpdtaReference
{
    public static (string[] Units, int[] Periods, double[] Outcomes, int[] FirstTreated) Load()
    {
        var csv = ReferenceCsv.Load("mpdta.csv");
        return (
            csv.Texts("countyreal"),
            csv.Numbers("year").Select(v => (int)v).ToArray(),
            csv.Numbers("lemp"),
            csv.Numbers("first.treat").Select(v => (int)v).ToArray());
    }

    public static readonly (int Group, int Time, double Att, double StdError)[] GroupTime =
    [
        (2004, 2004, -0.01050324622, 0.023251036),
        (2004, 2005, -0.0704231581, 0.030984767),
        (2004, 2006, -0.1372587389, 0.036435664),
        (2004, 2007, -0.1008113631, 0.034359226),
        (2006, 2004, 0.006520112424, 0.023326805),
        (2006, 2005, -0.002750818751, 0.019558561),
        (2006, 2006, -0.004594606953, 0.017755197),
        (2006, 2007, -0.04122447155, 0.020229181),
        (2007, 2004, 0.03050665558, 0.01503356),
        (2007, 2005, -0.002725892886, 0.016395833),
        (2007, 2006, -0.03108711939, 0.017877511),
        (2007, 2007, -0.02605441072, 0.016655435),
    ];

    public static readonly (double Att, double StdError) Simple = (-0.03995127516, 0.012034013);
    public static readonly (double Att, double StdError) Dynamic = (-0.07723982146, 0.019964989);
    public static readonly (double Att, double StdError) Group = (-0.03101828223, 0.012446059);

    public static readonly (int EventTime, double Att, double StdError)[] EventStudy =
    [
        (-3, 0.03050665558, 0.01503356),
        (-2, -0.0005630846264, 0.013291645),
        (-1, -0.02445874497, 0.014236402),
        (0, -0.01993181679, 0.011826364),
        (1, -0.05095736707, 0.016893476),
        (2, -0.1372587389, 0.036435664),
        (3, -0.1008113631, 0.034359226),
    ];

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
