using System.ComponentModel.DataAnnotations;

namespace Goals.Api.Export;

/// <summary>Section <c>Export</c> (environment: <c>Export__MaxActivities=50000</c>).</summary>
public sealed class ExportOptions
{
    public const string SectionName = "Export";

    /// <summary>
    /// The most activities one export may hold: the file travels inside one GraphQL response (about 380 bytes per
    /// activity as JSON, so under 4 MB at the default), and a bigger one is refused with <c>EXPORT_TOO_LARGE</c>.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxActivities { get; set; } = 10_000;
}
