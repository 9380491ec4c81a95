using System.Diagnostics;
using System.Globalization;
using System.Text;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Deployment;

/// <summary>
/// A published server started as the image starts it (<c>dotnet Goals.Api.dll</c> in /app, the runtime stage's ENV)
/// on a read-only root filesystem: in a private mount namespace, / and the app folder are remounted read-only and
/// only a data volume (over /app/data) and a temporary folder stay writable, as in the Kubernetes pod.
/// </summary>
public sealed class ReadOnlyServer : IAsyncDisposable
{
    private const string Script = """
        set -e
        mount --bind "$APP" "$APP"
        mount -o remount,bind,ro "$APP"
        mount --bind "$DATA" "$APP/data"
        mount --bind "$TMPDIR" "$TMPDIR"
        mount -o remount,bind,ro /
        cd "$APP"
        exec dotnet Goals.Api.dll
        """;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ReadOnlyServer(Process process, string dataVolume, int apiPort, int managementPort)
    {
        _process = process;
        DataVolume = dataVolume;
        ApiPort = apiPort;
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}") };
        Management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{managementPort}") };
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string DataVolume { get; }

    public int ApiPort { get; }

    public HttpClient Api { get; }

    public HttpClient Management { get; }

    public static async Task<ReadOnlyServer> StartAsync(string app, IReadOnlyDictionary<string, string> imageEnvironment, string volumes)
    {
        var data = Directory.CreateDirectory(Path.Combine(volumes, "data")).FullName;
        var tmp = Directory.CreateDirectory(Path.Combine(volumes, "tmp")).FullName;
        var (apiPort, managementPort) = (ExternalProgram.FreePort(), ExternalProgram.FreePort());
        var start = new ProcessStartInfo("unshare", ["--mount", "--propagation", "private", "sh", "-c", Script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(key => key.Contains("__", StringComparison.Ordinal)
            || key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || key.StartsWith("DOTNET_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in imageEnvironment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_HTTP_PORTS"] = apiPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["Metrics__Port"] = managementPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["TMPDIR"] = tmp;
        // What an operator passes at run time (never baked into the image).
        start.Environment["Auth__SigningKey"] = "image-test-signing-key-0123456789abcdefghij";
        (start.Environment["APP"], start.Environment["DATA"]) = (app, data);

        var server = new ReadOnlyServer(Process.Start(start)!, data, apiPort, managementPort);
        await server.WaitUntilReadyAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Api.Dispose();
        Management.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(_process.HasExited, $"the server stopped:\n{Output}");
            try
            {
                using var ready = await Api.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"the server was not ready within 90 s:\n{Output}");
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
