using Goals.Api.Common;
using Goals.Api.Infrastructure.Events;
using Goals.Storage.Abstractions;

namespace Goals.Api.Accounts;

/// <summary>
/// Deletes a whole account: every stored row of the user (settings, goals and everything on them, the inbox, stats,
/// insights, job checkpoints), then tells every replica so the user's live streams end. Nothing is kept to undo it.
/// </summary>
public sealed partial class AccountService(IAccountStore accounts, IEventBus bus, ILogger<AccountService> logger)
{
    public async Task<DeleteAccountPayload> DeleteAsync(string userId, DeleteAccountInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.Confirm)
        {
            return new DeleteAccountPayload(
                null, [new ValidationFailure("confirm", "Deleting an account cannot be undone; send confirm: true to delete it.")]);
        }

        var removed = await accounts.DeleteAccountAsync(userId, cancellationToken);
        await bus.PublishAsync(Topics.User(userId), new ChangeEvent(ChangeEvent.AccountDeleted, userId), CancellationToken.None);
        LogDeleted(logger, removed);
        return new DeleteAccountPayload(userId, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An account was deleted ({Rows} rows)")]
    private static partial void LogDeleted(ILogger logger, long rows);
}
