using Paritas.Statistics.TimeSeries;

namespace Paritas.UnitTests.Statistics;

/// <summary>The Sicily smoking-ban series and the results R's glm gives on it (reference README).</summary>
internal static class SicilyReference
{
    public static (double[] Counts, double[] Exposure, ItsDesign Design) Load(bool seasonal, bool slopeChange, ItsFamily family)
    {
        var csv = ReferenceCsv.Load("sicily.csv");
        var design = new ItsDesign(csv.Numbers("time"), csv.Numbers("smokban").Select(v => v == 1).ToArray())
        {
            Season = seasonal ? csv.Numbers("month") : null,
            Harmonics = seasonal ? 2 : 0,
            SlopeChange = slopeChange,
            Family = family,
        };
        return (csv.Numbers("aces"), csv.Numbers("stdpop"), design);
    }

    // term, estimate, std. error, exp(estimate), CI lower, CI upper — as printed by R.
    public static readonly (string Term, double Estimate, double StdError, double Exp, double Lower, double Upper)[] M1 =
    [
        ("intercept", -6.24315091, 0.011189353, 0.0019437214, 0.00190156, 0.00198682),
        ("level_change", -0.1116284426, 0.017224765, 0.89437651, 0.864686, 0.925086),
        ("time", 0.004944992032, 0.00049922955, 1.0049572, 1.00397, 1.00594),
    ];

    public static readonly (string Term, double Estimate, double StdError, double Exp, double Lower, double Upper)[] M2 =
    [
        ("intercept", -6.24315091, 0.02110964, 0.0019437214, 0.00186494, 0.00202583),
        ("level_change", -0.1116284426, 0.032495945, 0.89437651, 0.839189, 0.953193),
        ("time", 0.004944992032, 0.00094183788, 1.0049572, 1.0031, 1.00681),
    ];

    public static readonly (string Term, double Estimate, double StdError, double Exp, double Lower, double Upper)[] M3 =
    [
        ("intercept", -6.252372323, 0.017568909, 0.0019258799, 0.00186069, 0.00199335),
        ("level_change", -0.1220867929, 0.027031107, 0.88507155, 0.839401, 0.933227),
        ("time", 0.005389219541, 0.00079553723, 1.0054038, 1.00384, 1.00697),
        ("sin1", 0.03709672671, 0.010024071, 1.0377934, 1.0176, 1.05838),
        ("sin2", -0.01821220232, 0.0096435045, 0.98195264, 0.963567, 1.00069),
        ("cos1", 0.03816077551, 0.0096848148, 1.0388982, 1.01936, 1.05881),
        ("cos2", 0.01476338825, 0.0097220953, 1.0148729, 0.995718, 1.0344),
    ];

    public static readonly (string Term, double Estimate, double StdError, double Exp, double Lower, double Upper)[] M4 =
    [
        ("intercept", -6.246903933, 0.018876815, 0.0019364402, 0.00186611, 0.00200943),
        ("level_change", -0.1318591712, 0.029791299, 0.87646442, 0.826753, 0.929165),
        ("time", 0.005102602197, 0.00087452814, 1.0051156, 1.00339, 1.00684),
        ("sin1", 0.03832613712, 0.010168714, 1.0390701, 1.01857, 1.05999),
        ("sin2", -0.01763264136, 0.0096965769, 0.9825219, 0.964025, 1.00137),
        ("cos1", 0.03835577813, 0.0097141656, 1.0391009, 1.0195, 1.05907),
        ("cos2", 0.01496528489, 0.0097523877, 1.0150778, 0.99586, 1.03467),
        ("slope_change", 0.001482227998, 0.0018546316, 1.0014833, 0.99785, 1.00513),
    ];
}
