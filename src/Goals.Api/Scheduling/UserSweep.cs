using Goals.Storage.Abstractions;

namespace Goals.Api.Scheduling;

/// <summary>Walks every stored user in id order, one page at a time.</summary>
public sealed class UserSweep(IUserStore users)
{
    private const int PageSize = 200;

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
}
