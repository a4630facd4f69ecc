namespace Paritas.BrowserTests.Harness;

/// <summary>Every browser test class joins this collection and so shares one running application.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<ParitasApp>
{
    public const string Name = "Browser";
}
