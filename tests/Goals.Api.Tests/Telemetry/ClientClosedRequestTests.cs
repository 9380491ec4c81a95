using Goals.Api.Telemetry;
using Goals.Server.Http;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace Goals.Api.Tests.Telemetry;

/// <summary>Which failures count as the client's hang-up: only those of a request that was in fact aborted.</summary>
public sealed class ClientClosedRequestTests
{
    public static TheoryData<Exception> AbortFailures => new()
    {
        new OperationCanceledException(),
        new BadHttpRequestException("Unexpected end of request content."),
        new IOException("The client reset the request stream."),
    };

    // A reset and a body ended early say at once that the client left: RequestAborted may not have fired yet.
    public static TheoryData<Exception, bool> HangUps => new()
    {
        { new OperationCanceledException(), true },
        { new BadHttpRequestException("Unexpected end of request content."), true },
        { new IOException("The client reset the request stream."), true },
        { new ConnectionResetException("reset by peer"), false },
        { new ClientDisconnectedException(new BadHttpRequestException("Unexpected end of request content.")), false },
    };

    [Theory]
    [MemberData(nameof(HangUps))]
    public async Task A_client_hang_up_becomes_499(Exception failure, bool abortSignalled)
    {
        var context = Context(aborted: abortSignalled);

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
