using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Realtime.Redis;

/// <summary>Reading onNotification results off a socket.</summary>
public static class Received
{
    public static async Task<(string Message, long Sequence)> NextNotificationAsync(this TransportWsClient socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var next = await socket.ReceiveSkippingPingsAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        var notification = next["payload"]!["data"]!["onNotification"]!;
        return (notification["message"]!.GetValue<string>(), notification["sequence"]!.GetValue<long>());
    }

    /// <summary>Every notification received until (and including) <paramref name="lastSequence"/>.</summary>
    public static async Task<IReadOnlyList<long>> SequencesUntilAsync(this TransportWsClient socket, long lastSequence)
    {
        var sequences = new List<long>();
        while (sequences.Count == 0 || sequences[^1] < lastSequence)
        {
            sequences.Add((await socket.NextNotificationAsync()).Sequence);
        }

        return sequences;
    }

}
