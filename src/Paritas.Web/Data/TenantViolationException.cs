namespace Paritas.Web.Data;

/// <summary>Code tried to write a row of an organisation other than the one it acts for: a bug, never user input.</summary>
public sealed class TenantViolationException(string entity)
    : InvalidOperationException($"Refused to write a {entity} outside the current organisation.");
