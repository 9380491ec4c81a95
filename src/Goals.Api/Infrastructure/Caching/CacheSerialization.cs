using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using ZiggyCreatures.Caching.Fusion.Serialization;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Goals.Api.Infrastructure.Caching;

/// <summary>How entries travel through Redis: JSON, with NodaTime's ISO forms for dates and instants.</summary>
public static class CacheSerialization
{
    public static JsonSerializerOptions JsonOptions { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new ReadOnlySetConverter<IsoDayOfWeek>());
        return options;
    }

    public static IFusionCacheSerializer Serializer { get; } = new FusionCacheSystemTextJsonSerializer(JsonOptions);
}
