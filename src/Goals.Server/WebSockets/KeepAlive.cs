namespace Goals.Server.WebSockets;

/// <summary>The server's keep-alive: one message every interval until the socket closes (a zero interval sends none).</summary>
internal static class KeepAlive
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, Action send, CancellationToken closed)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(closed))
            {
                send();
            }
        }
        catch (OperationCanceledException)
        {
            // the socket is closing
        }
    }
}
