namespace Paritas.IntegrationTests.Library;

/// <summary>The application without the shipped library, so searches and facet counts see only the fixture.</summary>
public sealed class LibraryFactory : ParitasFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Library:SeedOnMigrate"] = "false" };
}
