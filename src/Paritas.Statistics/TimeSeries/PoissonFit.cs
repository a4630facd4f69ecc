using MathNet.Numerics.LinearAlgebra;

namespace Paritas.Statistics.TimeSeries;

/// <param name="UnscaledCovariance">(X'WX)⁻¹ with the working weights W of the last iteration, as R reports it.</param>
internal sealed record PoissonFit(
    Vector<double> Coefficients,
    Vector<double> Mean,
    Matrix<double> UnscaledCovariance,
    double Deviance,
    double PearsonChiSquare,
    int Iterations);
