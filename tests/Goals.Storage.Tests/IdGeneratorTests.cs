using NodaTime;
using NodaTime.Testing;

namespace Goals.Storage.Tests;

public sealed class IdGeneratorTests
{
    [Fact]
    public void Ids_are_26_crockford_characters_that_sort_by_creation_time()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 24, 8, 0));
        var ids = new IdGenerator(clock);
        var generated = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            generated.Add(ids.NewId());
            clock.Advance(Duration.FromMilliseconds(1));
        }

        Assert.All(generated, id => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{26}$", id));
        Assert.Equal(generated, generated.Order(StringComparer.Ordinal));
        Assert.Equal(50, generated.Distinct().Count());
    }

    [Fact]
    public void Ids_created_in_the_same_millisecond_differ()
    {
        var ids = new IdGenerator(new FakeClock(Instant.FromUtc(2026, 11, 24, 8, 0)));

        var generated = Enumerable.Range(0, 1000).Select(_ => ids.NewId()).ToList();

        Assert.Equal(1000, generated.Distinct().Count());
        Assert.Single(generated.Select(id => id[..10]).Distinct());
    }
}
