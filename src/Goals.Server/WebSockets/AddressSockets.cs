using System.Net;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

/// <summary>
/// How many sockets each client address holds open on this server, bounded by
/// <see cref="GraphQLWebSocketOptions.MaxSocketsPerAddress"/>: the upgrade budget limits how fast one address opens
/// sockets, not how many it keeps, and an idle socket answers keep-alives for ever. A socket without an address (an
/// in-process test server) is not counted.
/// </summary>
internal sealed class AddressSockets(int maxPerAddress, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<IPAddress, int> _open = [];

    /// <summary>Takes a place for one more socket of <paramref name="address"/>; false when it holds the most already.</summary>
    public bool TryOpen(IPAddress? address, bool logRefusal)
    {
        if (address is null || maxPerAddress <= 0)
        {
            return true;
        }

        lock (_gate)
        {
            var open = _open.GetValueOrDefault(address);
            if (open < maxPerAddress)
            {
                _open[address] = open + 1;
                return true;
            }
        }

        if (logRefusal)
        {
            logger.LogInformation("WebSocket upgrade refused with 429: {Address} holds {MaxSocketsPerAddress} sockets already", address, maxPerAddress);
        }

        return false;
    }

    /// <summary>Gives back the place of a socket <see cref="TryOpen"/> let in.</summary>
    public void Closed(IPAddress? address)
    {
        if (address is null || maxPerAddress <= 0)
        {
            return;
        }

        lock (_gate)
        {
            // An address with nothing open leaves the table: its size is the number of addresses holding sockets.
            if (!_open.TryGetValue(address, out var open) || open <= 1)
            {
                _open.Remove(address);
            }
            else
            {
                _open[address] = open - 1;
            }
        }
    }
}
