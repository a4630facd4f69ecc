namespace Paritas.Web.Features.Changes;

/// <summary>A whole-day item of the change calendar: a go-live or an obligation's due date.</summary>
public sealed record CalendarEvent(string Uid, DateOnly Date, string Summary, string? Description, string Url);
