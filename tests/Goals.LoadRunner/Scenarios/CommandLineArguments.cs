using System.Globalization;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// A mode's <c>--name value</c> flags, read the same way by every mode: numbers clamped to their range, the target
/// limited to loopback (the runner measures a server on the same machine) and the server's signing key for the tokens.
/// </summary>
public sealed class CommandLineArguments(IReadOnlyList<string> args)
{
    public string? Value(string name) => args.SkipWhile(arg => arg != $"--{name}").Skip(1).FirstOrDefault();

    public int Number(string name, int fallback, int min, int max) =>
        Math.Clamp(Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback, min, max);

    public Uri LoopbackUrl()
    {
        var url = new Uri(Value("url") ?? "http://127.0.0.1:5080/");
        return url.IsLoopback ? url : throw new ArgumentException("--url must be a loopback address (127.0.0.1, localhost, [::1]).");
    }

    public string SigningKey() => Value("signing-key") ?? Environment.GetEnvironmentVariable("Auth__SigningKey")
        ?? throw new ArgumentException("--signing-key (or Auth__SigningKey) is the server's Auth:SigningKey.");

    /// <summary>The server's <c>Auth:Issuer</c>, by default its default.</summary>
    public string Issuer => Value("issuer") ?? "goals";

    /// <summary>The server's <c>Auth:Audience</c>, by default its default.</summary>
    public string Audience => Value("audience") ?? "goals-api";
}
