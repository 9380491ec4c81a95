using Goals.Server.Errors;
using Microsoft.Extensions.Options;

namespace Goals.Api.Export;

/// <summary>
/// Exports every goal of the caller (archived ones too) with its activities, skips and pauses, written as it is read.
/// The GraphQL field holds the whole file in one response, so it is capped (checked from the day totals before a
/// single activity is read); <c>GET /export</c> streams any size.
/// </summary>
public sealed class ExportService(ExportReader reader, IOptions<ExportOptions> options)
{
    public const string TooLarge = "EXPORT_TOO_LARGE";

    public async Task<ExportResult> ExportAsync(string userId, ExportFormat format, CancellationToken cancellationToken)
    {
        var (data, count) = await reader.OpenAsync(userId, cancellationToken);
        var max = options.Value.MaxActivities;
        if (count > max)
        {
            throw new GraphQLRequestError(TooLarge,
                $"An export here holds at most {max} activities; this account has {count}. GET /export streams any size.");
        }

        using var buffer = new MemoryStream();
        await WriteAsync(data, format, buffer, cancellationToken);
        return new ExportResult(format, ContentType(format), System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Streams the export to <paramref name="destination"/>, flushing after each batch of activities.</summary>
    public async Task StreamAsync(string userId, ExportFormat format, Stream destination, CancellationToken cancellationToken)
    {
        var (data, _) = await reader.OpenAsync(userId, cancellationToken);
        await WriteAsync(data, format, destination, cancellationToken);
    }

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Json => "application/json",
        ExportFormat.Csv => "text/csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    private static Task WriteAsync(ExportData data, ExportFormat format, Stream destination, CancellationToken cancellationToken) =>
        format switch
        {
            ExportFormat.Json => JsonExportWriter.WriteAsync(data, destination, cancellationToken),
            ExportFormat.Csv => CsvExportWriter.WriteAsync(data, destination, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
}
