using System.ComponentModel.DataAnnotations;

namespace Paritas.Web.Features.Concerns;

public sealed class ConcernForm
{
    [Required(ErrorMessage = "Choose the change your concern is about.")]
    public Guid? ChangeId { get; set; }

    public Guid? UnitId { get; set; }

    [Required(ErrorMessage = "Choose what your concern is about.")]
    public ConcernCategory? Category { get; set; }

    [Required(ErrorMessage = "Describe your concern.")]
    [StringLength(Concern.TextLength, ErrorMessage = "Keep the description under 8,000 characters.")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Choose whether to give your name.")]
    public ReporterChoice? Reporter { get; set; }

    [StringLength(200, ErrorMessage = "Keep your name under 200 characters.")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "Keep how to reach you under 200 characters.")]
    public string? Contact { get; set; }

    public List<IFormFile> Photos { get; set; } = [];
}
