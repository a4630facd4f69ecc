namespace Paritas.Web.Features.Library;

public sealed class LibraryOptions
{
    public const string Section = "Library";

    /// <summary>Import the shipped library when the database is migrated.</summary>
    public bool SeedOnMigrate { get; init; } = true;
}
