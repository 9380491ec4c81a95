using Goals.Api.Common;
using Goals.Api.Users;

namespace Goals.Api.Export;

/// <summary>
/// <c>GET /export?format=json|csv</c>: the caller's whole account as a file download of any size, streamed as it is
/// read (the GraphQL <c>export</c> field holds the file in one response and is capped). Needs the same bearer token.
/// </summary>
public static class ExportEndpoint
{
    public static IEndpointConventionBuilder MapGoalsExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/export", async (HttpContext context, ExportService export) =>
        {
            var userId = context.User.FindFirst(TokenSubject.ClaimType)?.Value;
            if (string.IsNullOrEmpty(userId))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Problem("Sign in: the export needs a valid bearer token.", statusCode: StatusCodes.Status401Unauthorized);
            }

            ExportFormat? format = context.Request.Query["format"].ToString().ToUpperInvariant() switch
            {
                "" or "JSON" => ExportFormat.Json,
                "CSV" => ExportFormat.Csv,
                _ => null,
            };
            if (format is not { } chosen)
            {
                return Results.Problem("format must be json or csv.", statusCode: StatusCodes.Status400BadRequest);
            }

            var extension = chosen == ExportFormat.Json ? "json" : "csv";
            context.Response.ContentType = ExportService.ContentType(chosen) + "; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"goals-export.{extension}\"";
            context.Response.Headers.CacheControl = "no-store";
            await export.StreamAsync(userId, chosen, context.Response.Body, context.RequestAborted);
            return Results.Empty;
        });
}
