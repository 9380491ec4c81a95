using System.Diagnostics.Metrics;
using Goals.Storage.Abstractions;

namespace Goals.Api.Scheduling;

/// <summary>What a sweep did: users whose work ran, what they wrote, and users whose work failed.</summary>
public readonly record struct SweepTally(int Processed, int Written, int Failed);

/// <summary>
/// Walks every stored user in id order, one page at a time, and runs each user's part of a sweep on its own: one
/// user's failure (bad stored data, a bug) is logged with the user id and counted on
/// <c>goals_job_user_failures{job}</c>, and the sweep goes on with the next user. Whatever marks a user done (the day
/// close's checkpoint) is the last step of that user's work, so a failed user is tried again by the next sweep.
/// </summary>
public sealed partial class UserSweep(IUserStore users, ILogger<UserSweep> logger)
{
    public const string UserFailuresInstrument = "goals_job_user_failures";

    private const int PageSize = 200;

    // The meter JobRunner records on: Prometheus exports both under the Goals.Jobs meter.
    private static readonly Meter Meter = new("Goals.Jobs");
    private static readonly Counter<long> UserFailures = Meter.CreateCounter<long>(
        UserFailuresInstrument, description: "Users whose part of a sweep failed; each is retried by the next sweep.");

    /// <param name="work">One user's part: what it wrote, or null when the user had nothing due (not counted).</param>
    public async Task<SweepTally> EachAsync(
        string job, Func<UserRecord, CancellationToken, Task<int?>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var tally = new SweepTally();
        await foreach (var user in AllAsync(cancellationToken))
        {
            try
            {
                if (await work(user, cancellationToken) is { } written)
                {
                    tally = tally with { Processed = tally.Processed + 1, Written = tally.Written + written };
                }
            }
            catch (Exception error) when (!(error is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                UserFailures.Add(1, new KeyValuePair<string, object?>("job", job));
                LogUserFailed(error, job, user.Id);
                tally = tally with { Failed = tally.Failed + 1 };
            }
        }

        return tally;
    }

    public async IAsyncEnumerable<UserRecord> AllAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var page = await users.ListAsync(after, PageSize, cancellationToken);
            foreach (var user in page)
            {
                yield return user;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed for user {UserId}; the sweep goes on and the next one retries the user")]
    private partial void LogUserFailed(Exception error, string job, string userId);
}
