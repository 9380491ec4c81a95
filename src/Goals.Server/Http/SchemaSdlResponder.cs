using Goals.Server.Errors;
using Goals.Server.Schema;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Goals.Server.Http;

/// <summary>Serves the schema as SDL (<c>GET /graphql?sdl</c>, <c>GET /graphql/schema.graphql</c>) when allowed.</summary>
public sealed class SchemaSdlResponder(ISchemaExporter exporter, GraphQLHttpSettings settings, GraphQLHttpResponseWriter writer)
{
    public async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!settings.SdlEnabled)
        {
            var failure = new HttpRequestRejectedException(StatusCodes.Status404NotFound, ErrorCodes.IntrospectionDisabled,
                "The schema is not published on this server.");
            await writer.WriteFailureAsync(context.Response, failure, GraphQLMediaTypes.Json, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(exporter.Print(), context.RequestAborted);
    }
}
