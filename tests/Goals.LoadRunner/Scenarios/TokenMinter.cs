using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// Signs HS256 bearer tokens for the scenario's users with the server's development key, so one run can act as a
/// hundred users without a hundred calls to the token command.
/// </summary>
public sealed class TokenMinter(string signingKey, string issuer, string audience, TimeProvider clock)
{
    public string Mint(string userId, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = userId, ["iss"] = issuer, ["aud"] = audience,
            ["iat"] = now, ["nbf"] = now, ["exp"] = now + (long)lifetime.TotalSeconds,
        }));
        var signed = $"{header}.{payload}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes(signed));
        return $"{signed}.{Encode(signature)}";
    }

    private static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
