using Goals.Storage.Abstractions;
using static Goals.Storage.Tests.MongoDb.StoredDocuments;

namespace Goals.Storage.Tests.MongoDb;

public sealed class MongoAccountCommandTests : MongoCommandTest
{
    [Fact]
    public async Task DeleteAccount_finds_the_goals_then_empties_every_collection_of_the_user_goals_and_user_last()
    {
        Replies.Find("goals", Goal("goal-1"), Goal("goal-2"));

        await VerifyAsync("accounts.DeleteAccount", () => Store<IAccountStore>().DeleteAccountAsync("user-1", None));
    }
}
