using Paritas.Web.Data;

namespace Paritas.Web.Features.Agreements;

/// <summary>One clause of an agreement. Its text is Markdown, sanitised whenever it is shown.</summary>
public sealed class Clause : IOrganisationOwned
{
    public const int HeadingLength = 200;
    public const int TextLength = 8000;

    private Clause()
    {
    }

    public Clause(Agreement agreement, int position, string heading, string text)
    {
        Id = Guid.NewGuid();
        OrganisationId = agreement.OrganisationId;
        AgreementId = agreement.Id;
        Position = position;
        Heading = heading;
        Text = text;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid AgreementId { get; private set; }

    public int Position { get; private set; }

    public string Heading { get; private set; } = "";

    public string Text { get; private set; } = "";

    public void Edit(string heading, string text)
    {
        Heading = heading;
        Text = text;
    }
}
