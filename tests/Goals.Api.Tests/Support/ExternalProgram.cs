using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Goals.Api.Tests.Support;

/// <summary>What a program printed and returned.</summary>
public sealed record ProgramRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}

/// <summary>Real programs the tests drive (kubectl, yamllint, npm, dotnet, redis-server), found on the PATH.</summary>
public static class ExternalProgram
{
    public static string? Locate(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The program's path; when it is missing, fails on CI and skips elsewhere, saying how to install it.</summary>
    public static string Require(string name, string install)
    {
        if (Locate(name) is { } path)
        {
            return path;
        }

        var message = $"{name} is not installed ({install})";
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", message);
        Skip.If(true, message);
        throw new InvalidOperationException(message);
    }

    public static async Task<ProgramRun> RunAsync(
        string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, Func<string, bool>? unset = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(key => unset?.Invoke(key) == true).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout} and was killed");
        }

        return new ProgramRun(process.ExitCode, await output, await error);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
