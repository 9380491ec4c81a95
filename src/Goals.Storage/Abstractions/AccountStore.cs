namespace Goals.Storage.Abstractions;

/// <summary>The whole of one user's data, as one unit: what account deletion needs.</summary>
public interface IAccountStore
{
    /// <summary>
    /// Erases every stored row of the user: settings, goals with their activities, day totals, skips, pauses and
    /// snapshots, the inbox and its sequence, daily stats, insights and per-user job checkpoints. Repeating it after a
    /// cut-short run finishes the erasure; for a user with no data it does nothing.
    /// </summary>
    /// <returns>The number of rows (documents) removed.</returns>
    Task<long> DeleteAccountAsync(string userId, CancellationToken cancellationToken);
}
