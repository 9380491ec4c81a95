using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Goals.Server.Ide;

/// <summary>Serves the GraphiQL page for an endpoint path and the bundle files under <c>{path}/ide/</c>.</summary>
internal sealed class GraphQLIdeResponder(GraphQLIdeAssets assets)
{
    public const string AssetSegment = "ide";

    private const string MissingBundlePage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>GraphiQL is not bundled</title></head>
        <body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto">
        <h1>GraphiQL is not bundled in this build</h1>
        <p>The IDE is built from npm packages when the server is compiled, and npm was not available then.
        Install Node.js and npm, then rebuild the server (<code>dotnet build</code>).</p>
        <p>The GraphQL endpoint itself works: POST queries to <code>{{endpoint}}</code>.</p>
        </body></html>
        """;

    // Everything the IDE loads comes from this server; the policy makes that a guarantee (and blocks injected scripts).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'";

    public Task WritePageAsync(HttpContext context, string endpointPath)
    {
        var endpoint = WebUtility.HtmlEncode(context.Request.PathBase.Add(endpointPath).Value ?? endpointPath);
        var page = (assets.PageTemplate ?? MissingBundlePage)
            .Replace("{{assets}}", $"{endpoint}/{AssetSegment}", StringComparison.Ordinal)
            .Replace("{{endpoint}}", endpoint, StringComparison.Ordinal);

        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return response.WriteAsync(page, Encoding.UTF8, context.RequestAborted);
    }

    public async Task WriteAssetAsync(HttpContext context, string fileName)
    {
        var response = context.Response;
        if (assets.Find(fileName) is not { } asset)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await using var content = assets.Open(asset);
        response.ContentType = asset.ContentType;
        response.ContentLength = content.Length;
        await content.CopyToAsync(response.Body, context.RequestAborted);
    }
}
