using Goals.Server.Errors;

namespace Goals.Server.Http;

/// <summary>A request the HTTP layer refuses before it reaches the executor (bad JSON, bad parameters, media type...).</summary>
public sealed class HttpRequestRejectedException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public GraphQLRequestError ToError() => new(Code, Message);

    public static HttpRequestRejectedException BadRequest(string message) => new(StatusCodes400, ErrorCodes.BadRequest, message);

    private const int StatusCodes400 = 400;
}
