using Goals.Api.Telemetry;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace Goals.Api.Tests.Telemetry;

/// <summary>Which failures count as the client's hang-up: only those of a request that was in fact aborted.</summary>
public sealed class ClientClosedRequestTests
{
    public static TheoryData<Exception> AbortFailures => new()
    {
        new OperationCanceledException(),
        new ConnectionResetException("reset by peer"),
        new BadHttpRequestException("Unexpected end of request content."),
        new IOException("The client reset the request stream."),
    };

    [Theory]
    [MemberData(nameof(AbortFailures))]
    public async Task A_failure_of_an_aborted_request_becomes_499(Exception failure)
    {
        var context = Context(aborted: true);

        await ClientClosedRequest.HandleAsync(context, _ => throw failure);

        Assert.Equal(499, context.Response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AbortFailures))]
    public async Task The_same_failure_while_the_client_is_connected_stays_a_server_error(Exception failure)
    {
        var context = Context(aborted: false);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => ClientClosedRequest.HandleAsync(context, _ => throw failure));

        Assert.Same(failure, thrown);
    }

    [Fact]
    public async Task Another_failure_of_an_aborted_request_stays_a_server_error()
    {
        var context = Context(aborted: true);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => ClientClosedRequest.HandleAsync(context, _ => throw new InvalidOperationException("a bug")));
    }

    private static DefaultHttpContext Context(bool aborted) =>
        new() { RequestAborted = aborted ? new CancellationToken(canceled: true) : CancellationToken.None };
}
