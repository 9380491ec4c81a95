using System.ComponentModel.DataAnnotations;

namespace Goals.Api.Import;

/// <summary>Section <c>Import</c> (environment: <c>Import__MaxBytes=10485760</c>).</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>The most UTF-8 bytes one import may hold, all files together; more is refused before anything is read.</summary>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;
}
