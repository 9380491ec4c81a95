using System.Text.Json;
using Goals.Api.Infrastructure.Events;
using StackExchange.Redis;

namespace Goals.Api.Infrastructure.Redis;

/// <summary>
/// What travels over Redis: the change, the bus topic it was published on, and the replica that published it (so a
/// replica can skip its own messages, which it has already delivered locally).
/// </summary>
public sealed record RedisEnvelope(string Origin, string Topic, ChangeEvent Change)
{
    /// <summary>Every bus topic maps to one channel under this prefix; a process subscribes once, to the pattern.</summary>
    public const string ChannelPrefix = "goals:";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RedisChannel AllChannels { get; } = RedisChannel.Pattern(ChannelPrefix + "*");

    public RedisChannel Channel => RedisChannel.Literal(ChannelPrefix + Topic);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The envelope, or null for a message this version cannot read (it is a hint only, so it is dropped).</summary>
    public static RedisEnvelope? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RedisEnvelope>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
