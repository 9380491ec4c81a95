namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>
/// Which call comes next: every mutation of the schema, weighted towards the ones that create and evaluate data, with
/// about one read in eight so stored edge values are evaluated as well. About a third of the calls are clean (only
/// valid values), so that there is always data for the edge values to hit.
/// </summary>
public sealed class FuzzMix(FuzzValues values, FuzzIds ids, IReadOnlyList<string> templateIds)
{
    private readonly GoalFuzzCalls _goals = new(values, ids, templateIds);
    private readonly ActivityFuzzCalls _activities = new(values, ids);
    private readonly AccountFuzzCalls _account = new(values, ids);

    public FuzzCall Next(string user)
    {
        values.Clean = values.Chance(0.35);
        return Pick(user);
    }

    private FuzzCall Pick(string user) => values.Random.Next(100) switch
    {
        < 14 => _goals.Create(user),
        < 17 => _goals.FromTemplate(user),
        < 25 => _goals.Update(user),
        < 28 => _goals.Pause(user),
        < 30 => _goals.OnOne(user, "resumeGoal"),
        < 32 => _goals.OnOne(user, "completeGoal"),
        < 34 => _goals.OnOne(user, "deleteGoal"),
        < 37 => _goals.Archive(user),
        < 53 => _activities.Log(user),
        < 60 => _activities.LogMany(user),
        < 66 => _activities.Update(user),
        < 69 => _activities.Delete(user),
        < 74 => _activities.Skip(user),
        < 78 => _account.StartVacation(user),
        < 80 => _account.EndVacation(user),
        < 82 => _account.DeleteVacation(user),
        < 86 => _account.UpdateSettings(user),
        < 88 => _account.MarkRead(user),
        _ => _account.Read(user),
    };
}
