using System.Text.Json;
using System.Text.Json.Serialization;

namespace Goals.Api.Infrastructure.Caching;

/// <summary>
/// Reads a JSON array into an <see cref="IReadOnlySet{T}"/> (a goal's schedule), which System.Text.Json writes but
/// cannot create by itself.
/// </summary>
public sealed class ReadOnlySetConverter<T> : JsonConverter<IReadOnlySet<T>>
{
    public override IReadOnlySet<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<T>>(ref reader, options) is { } items ? items.ToHashSet() : null;

    public override void Write(Utf8JsonWriter writer, IReadOnlySet<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, value?.ToList(), options);
    }
}
