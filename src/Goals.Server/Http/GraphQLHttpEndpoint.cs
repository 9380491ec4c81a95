using Goals.Server.Errors;
using Goals.Server.Execution;
using Goals.Server.Hosting;
using Goals.Server.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Goals.Server.Http;

/// <summary>
/// The <c>/graphql</c> endpoint: WebSocket upgrades and browser navigations go to their transports, <c>?sdl</c> to the
/// schema, everything else is GraphQL over HTTP (POST and GET).
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IGraphQLRequestExecutor executor,
    GraphQLHttpRequestReader reader,
    GraphQLHttpResponseWriter writer,
    GraphQLCors cors,
    SchemaSdlResponder sdl,
    GraphQLTransportHooks hooks,
    GraphQLRateLimiter rateLimiter,
    GraphQLHttpSettings settings,
    IOptions<GraphQLServerOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Like authorization metadata without its middleware: a missing limiter must not pass silently.
        if (rateLimiter.Enabled && !GraphQLRateLimiter.HasCounted(context))
            throw new InvalidOperationException(
                "GraphQL rate limiting is on, but the request did not pass ASP.NET Core's rate limiter: call " +
                "app.UseRateLimiter() after app.UseAuthentication(), or set GraphQL:RateLimiting:Enabled to false.");
        var request = context.Request;
        if (cors.Apply(context))
            return;
        if (context.WebSockets.IsWebSocketRequest && hooks.WebSocket is { } webSocket)
        {
            await webSocket(context);
            return;
        }

        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await writer.WriteFailureAsync(context.Response, new HttpRequestRejectedException(StatusCodes.Status405MethodNotAllowed,
                ErrorCodes.MethodNotAllowed, $"{request.Method} is not supported; use GET or POST."), GraphQLMediaTypes.Json, context.RequestAborted);
            return;
        }

        if (isGet && request.Query.ContainsKey("sdl"))
        {
            await sdl.WriteAsync(context);
            return;
        }

        if (isGet && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("extensions")
            && GraphQLMediaTypes.WantsHtml(request.Headers.Accept) && settings.IdeEnabled && hooks.Ide is { } ide)
        {
            await ide(context);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await writer.WriteFailureAsync(context.Response, new HttpRequestRejectedException(StatusCodes.Status406NotAcceptable,
                ErrorCodes.NotAcceptable, $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}."),
                GraphQLMediaTypes.Json, context.RequestAborted);
            return;
        }

        await ExecuteAsync(context, isGet, mediaType);
    }

    private async Task ExecuteAsync(HttpContext context, bool isGet, string mediaType)
    {
        var cancellationToken = context.RequestAborted;
        GraphQLRequest request;
        try
        {
            // GET needs no preflight header: it runs queries only (TransportOperationRule), which change nothing, and
            // POST accepts only application/json, which a cross-site page cannot send without a preflight (ADR 0160).
            request = isGet
                ? reader.ReadGet(context.Request)
                : await reader.ReadPostAsync(context.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
            if (request.Query is null && request.Extensions?.ContainsKey("persistedQuery") != true)
                throw HttpRequestRejectedException.BadRequest("The request has no 'query' parameter.");
        }
        catch (HttpRequestRejectedException failure)
        {
            await writer.WriteFailureAsync(context.Response, failure, mediaType, cancellationToken);
            return;
        }

        var requestContext = new GraphQLRequestContext(
            context.User,
            context.RequestServices,
            isGet ? GraphQLTransportKind.HttpGet : GraphQLTransportKind.HttpPost,
            System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
            context.Connection.RemoteIpAddress);
        var result = await executor.ExecuteAsync(request, requestContext, cancellationToken);
        await writer.WriteAsync(context.Response, result, GraphQLStatusCodes.For(result, mediaType), mediaType, cancellationToken);
    }
}
