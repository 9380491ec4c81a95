using Goals.Storage.Abstractions;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Co_occurrence_counts_are_replaced_whole_and_read_back_in_order()
    {
        await Store.CoOccurrences.ReplaceAsync(
            [new("Health/Target", "Health/Target", 7), new("Fitness/Habit", "Health/Target", 5), new("Fitness/Habit", "Fitness/Habit", 6)],
            None);

        Assert.Equal(
            [new CoOccurrence("Fitness/Habit", "Fitness/Habit", 6), new("Fitness/Habit", "Health/Target", 5), new("Health/Target", "Health/Target", 7)],
            await Store.CoOccurrences.ReadAllAsync(None));

        await Store.CoOccurrences.ReplaceAsync([new("Learning/Target", "Learning/Target", 9)], None);

        Assert.Equal([new CoOccurrence("Learning/Target", "Learning/Target", 9)], await Store.CoOccurrences.ReadAllAsync(None));

        await Store.CoOccurrences.ReplaceAsync([], None);

        Assert.Empty(await Store.CoOccurrences.ReadAllAsync(None));
    }
}
