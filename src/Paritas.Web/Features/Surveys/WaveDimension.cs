namespace Paritas.Web.Features.Surveys;

/// <summary>A workforce dimension frozen with a wave; <see cref="Name"/> is the dimension kind (e.g. OccupationalGroup).</summary>
public sealed record WaveDimension(string Name, string Title, IReadOnlyList<WaveGroup> Groups)
{
    public WaveGroup? Group(string? code) => Groups.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.OrdinalIgnoreCase));
}
