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

    [Fact]
    public void Ids_made_in_one_millisecond_or_after_the_clock_steps_back_still_sort_in_the_order_they_were_made()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 24, 8, 0));
        var ids = new IdGenerator(clock);
        var generated = Enumerable.Range(0, 500).Select(_ => ids.NewId()).ToList();
        clock.Advance(Duration.FromSeconds(-5));
        generated.AddRange(Enumerable.Range(0, 500).Select(_ => ids.NewId()));
        clock.Advance(Duration.FromSeconds(10));
        generated.Add(ids.NewId());

        Assert.Equal(generated, generated.Order(StringComparer.Ordinal));
        Assert.Equal(1001, generated.Distinct().Count());
        Assert.Single(generated.Take(1000).Select(id => id[..10]).Distinct());
        Assert.NotEqual(generated[0][..10], generated[^1][..10]);
    }
}
