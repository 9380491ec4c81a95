namespace Goals.Api.Tests.Realtime.Redis;

/// <summary>Polls a condition until a deadline: the condition is the assertion, the polling interval is not.</summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static async Task TrueAsync(Func<Task<bool>> condition, string failure)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(stopwatch.Elapsed < Deadline, failure);
            await Task.Delay(20);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string failure) =>
        TrueAsync(() => Task.FromResult(condition()), failure);
}
