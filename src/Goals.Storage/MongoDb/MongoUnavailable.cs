using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>
/// One short line for an operator out of the driver's failures. A server-selection timeout's own message is a dump
/// of the whole cluster view; what matters is which server was tried and why it did not answer (its last heartbeat).
/// </summary>
internal static class MongoUnavailable
{
    private const int MaxLength = 300;

    public static string Describe(Exception error, IMongoClient client)
    {
        if (error is not TimeoutException)
        {
            return Shorten(FirstLine(error.Message));
        }

        var seconds = client.Settings.ServerSelectionTimeout.TotalSeconds;
        var servers = client.Cluster.Description.Servers
            .Select(server => $"{Endpoint(server.EndPoint)}: {Innermost(server.HeartbeatException) ?? server.State.ToString()}");
        return Shorten($"no server answered within {seconds:0.###} s ({string.Join("; ", servers)})");
    }

    private static string? Innermost(Exception? error)
    {
        while (error?.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error is null ? null : FirstLine(error.Message);
    }

    private static string Endpoint(System.Net.EndPoint endPoint) => endPoint switch
    {
        System.Net.DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        _ => endPoint.ToString() ?? "?",
    };

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static string Shorten(string line) => line.Length <= MaxLength ? line : line[..(MaxLength - 1)] + "…";
}
