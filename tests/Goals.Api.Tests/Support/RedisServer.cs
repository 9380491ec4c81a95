using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Goals.Api.Tests.Realtime.Redis;

namespace Goals.Api.Tests.Support;

/// <summary>
/// A real, throw-away redis-server on 127.0.0.1 (no persistence) that a test can stop and start again on the same
/// port, to play an outage. Tests call <see cref="Require"/> first: missing redis-server fails on CI, skips elsewhere.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private static readonly string? Executable = FindExecutable();
    private Process? _process;

    public int Port { get; } = FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static bool IsInstalled => Executable is not null;

    public static void Require()
    {
        if (IsInstalled)
        {
            return;
        }

        const string Message = "redis-server is not installed (apt-get install redis-server)";
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", Message);
        Skip.If(true, Message);
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("redis-server is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Eventually.TrueAsync(IsListeningAsync, "redis-server never listened");
    }

    /// <summary>Kills the server (no graceful shutdown: clients see the connection drop, as in a crash).</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    private async Task<bool> IsListeningAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort() => ExternalProgram.FreePort();

    private static string? FindExecutable() => ExternalProgram.Locate("redis-server");
}
