namespace Paritas.Web.Features.Surveys;

public sealed record WaveGroup(string Code, string Name);
