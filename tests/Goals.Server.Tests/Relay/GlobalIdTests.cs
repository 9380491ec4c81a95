using System.Text;
using Goals.Server.Relay;

namespace Goals.Server.Tests.Relay;

/// <summary>An id is base64 of the UTF-8 of "Type:key", whatever the key holds or how long it is, and decodes back.</summary>
public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("Goal", "01M94QV4EGNS27HJQY951Y0AZT")]
    [InlineData("Activity", "clé-ünïcödé-🎯")]
    [InlineData("Goal", "")]
    [InlineData("Goal", "a\uD800b")]
    public void An_id_is_base64_of_the_utf8_of_type_and_key(string typeName, string key)
    {
        var id = GlobalId.Encode(typeName, key);

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}")), id);
        Assert.True(GlobalId.TryDecode(id, out var decodedType, out var decodedKey));
        Assert.Equal(typeName, decodedType);
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(key)), decodedKey);
    }

    [Fact]
    public void A_key_longer_than_the_stack_buffer_encodes_the_same_way()
    {
        var key = string.Concat(Enumerable.Repeat("é", 400));
        var id = GlobalId.Encode("Goal", key);

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes($"Goal:{key}")), id);
        Assert.True(GlobalId.TryDecode(id, out _, out var decoded));
        Assert.Equal(key, decoded);
    }
}
