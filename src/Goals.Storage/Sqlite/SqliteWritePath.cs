namespace Goals.Storage.Sqlite;

/// <summary>
/// The statements of the activity and excusal write paths, and the goals version bump of every goal write, one
/// statement each, so that every one of them can be checked with EXPLAIN QUERY PLAN: each is a primary-key or index
/// lookup, never a scan, so a write costs the same however many activities the day, the goal or the file already
/// holds (ADR 0136).
/// </summary>
internal static class SqliteWritePath
{
    public const string FindGoal = $"SELECT {SqliteRows.GoalColumns} FROM goals WHERE id = @id AND owner_id = @owner;";

    /// <summary>The idempotency lookup: served by the unique partial index on (owner_id, idempotency_key).</summary>
    public const string ActivityByKey =
        $"SELECT {SqliteRows.ActivityColumns} FROM activities WHERE owner_id = @owner AND idempotency_key = @key;";

    public const string ActivityById =
        $"SELECT {SqliteRows.ActivityColumns} FROM activities WHERE id = @id AND owner_id = @owner;";

    public const string InsertActivity =
        $"""
        INSERT INTO activities ({SqliteRows.ActivityColumns}) VALUES (@id, @owner, @goal, @occurred, @date, @amount,
            @note, @key, @created, @updated);
        """;

    public const string UpdateActivity =
        """
        UPDATE activities SET amount = @amount, note = @note, date = @date, occurred_at = @occurred,
            updated_at = @updated WHERE id = @id;
        """;

    public const string DeleteActivity = "DELETE FROM activities WHERE id = @id;";

    /// <summary>
    /// Adds @amount (negative to take an activity out) and @count (+1 or -1) to one day. The sum is compensated
    /// (Neumaier): amount_error collects what each addition rounded away, so taking out a large amount leaves the
    /// small ones exact instead of the rounding residue of the large one. SQLite evaluates every right-hand side
    /// with the row's old values.
    /// </summary>
    public const string AddToDay =
        """
        INSERT INTO day_totals (goal_id, date, amount, amount_error, count) VALUES (@goal, @date, @amount, 0, @count)
        ON CONFLICT (goal_id, date) DO UPDATE SET
            amount = amount + @amount,
            amount_error = amount_error + CASE WHEN abs(amount) >= abs(@amount)
                THEN (amount - (amount + @amount)) + @amount
                ELSE (@amount - (amount + @amount)) + amount END,
            count = count + @count;
        """;

    /// <summary>A day whose last activity left is removed, so reads list only days with activities.</summary>
    public const string DeleteEmptyDay = "DELETE FROM day_totals WHERE goal_id = @goal AND date = @date AND count <= 0;";

    /// <summary>An activity write moves the goal's updatedAt (not its version, ADR 0026) and its data version.</summary>
    public const string TouchGoal =
        "UPDATE goals SET updated_at = @now, data_version = data_version + 1 WHERE id = @goal;";

    public const string BumpGoalDataVersion = "UPDATE goals SET data_version = data_version + 1 WHERE id = @goal;";

    public const string BumpUserDataVersion = "UPDATE users SET data_version = data_version + 1 WHERE id = @user;";

    /// <summary>
    /// Moves the owner's goals version (ADR 0163) in the transaction of a write of one of their goals, so a reader
    /// that sees the new version sees the write. A user not stored yet has nothing to move: whoever stores them
    /// reads the goals afterwards.
    /// </summary>
    public const string BumpGoalsVersion = "UPDATE users SET goals_version = goals_version + 1 WHERE id = @owner;";

    /// <summary>
    /// The same by goal, run with every goal data version bump (a skip knows only its goal): the owner is read by the
    /// goal's key.
    /// </summary>
    public const string BumpGoalsVersionOfGoal =
        "UPDATE users SET goals_version = goals_version + 1 WHERE id = (SELECT owner_id FROM goals WHERE id = @goal);";

    public const string InsertSkip = "INSERT INTO skips (goal_id, date) VALUES (@goal, @date) ON CONFLICT DO NOTHING;";

    public const string DeleteSkip = "DELETE FROM skips WHERE goal_id = @goal AND date = @date;";

    public const string InsertPause =
        "INSERT INTO pauses (id, user_id, goal_id, from_date, to_date) VALUES (@id, @user, @goal, @from, @to);";

    /// <summary>Whose pause it is: the goal whose data version an end or a delete bumps, or null for a vacation.</summary>
    public const string PauseById = "SELECT goal_id, from_date FROM pauses WHERE id = @id AND user_id = @user;";

    public const string RemovePausesFrom =
        "DELETE FROM pauses WHERE user_id = @user AND goal_id IS @goal AND from_date >= @resume;";

    public const string CutPausesBefore =
        """
        UPDATE pauses SET to_date = @last
        WHERE user_id = @user AND goal_id IS @goal AND (to_date IS NULL OR to_date >= @resume);
        """;

    public const string RemovePauseFrom = "DELETE FROM pauses WHERE id = @id AND user_id = @user AND from_date >= @resume;";

    public const string CutPauseBefore =
        """
        UPDATE pauses SET to_date = @last
        WHERE id = @id AND user_id = @user AND (to_date IS NULL OR to_date >= @resume);
        """;

    public const string DeletePause = "DELETE FROM pauses WHERE id = @id AND user_id = @user;";

    /// <summary>
    /// Drops the goal's checkpoint when a write changes a day it folded in (ADR 0165): run in the write's transaction
    /// with the write's earliest date, so no reader ever sees the new day with the old checkpoint.
    /// </summary>
    public const string DropGoalCheckpointFrom = "DELETE FROM evaluation_checkpoints WHERE goal_id = @goal AND date >= @date;";

    /// <summary>The same for a vacation: every checkpoint of the user's goals dated on or after its first day.</summary>
    public const string DropOwnerCheckpointsFrom =
        "DELETE FROM evaluation_checkpoints WHERE owner_id = @owner AND date >= @date;";

    /// <summary>
    /// Stores a goal's checkpoint only while the goal's data version is the one its writer read before the day totals:
    /// any write since (which moves it in its transaction) may have changed a folded day, so nothing is stored then.
    /// </summary>
    public const string PutCheckpoint =
        """
        INSERT INTO evaluation_checkpoints (goal_id, owner_id, date, read_from, current_run, run_started_on,
            longest_run, strength_score, strength_rolling, total, inputs, data_version)
        SELECT id, owner_id, @date, @readFrom, @currentRun, @runStartedOn, @longestRun, @score, @rolling, @total,
            @inputs, data_version
        FROM goals WHERE id = @goal AND owner_id = @owner AND data_version = @version
        ON CONFLICT (goal_id) DO UPDATE SET date = excluded.date, read_from = excluded.read_from,
            current_run = excluded.current_run, run_started_on = excluded.run_started_on,
            longest_run = excluded.longest_run, strength_score = excluded.strength_score,
            strength_rolling = excluded.strength_rolling, total = excluded.total, inputs = excluded.inputs,
            data_version = excluded.data_version;
        """;

    /// <summary>Every statement above, by name, for the query-plan check.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        [nameof(FindGoal)] = FindGoal, [nameof(ActivityByKey)] = ActivityByKey, [nameof(ActivityById)] = ActivityById,
        [nameof(InsertActivity)] = InsertActivity, [nameof(UpdateActivity)] = UpdateActivity,
        [nameof(DeleteActivity)] = DeleteActivity, [nameof(AddToDay)] = AddToDay, [nameof(DeleteEmptyDay)] = DeleteEmptyDay,
        [nameof(TouchGoal)] = TouchGoal, [nameof(BumpGoalDataVersion)] = BumpGoalDataVersion,
        [nameof(BumpUserDataVersion)] = BumpUserDataVersion, [nameof(BumpGoalsVersion)] = BumpGoalsVersion,
        [nameof(BumpGoalsVersionOfGoal)] = BumpGoalsVersionOfGoal, [nameof(InsertSkip)] = InsertSkip,
        [nameof(DeleteSkip)] = DeleteSkip, [nameof(InsertPause)] = InsertPause, [nameof(PauseById)] = PauseById,
        [nameof(RemovePausesFrom)] = RemovePausesFrom, [nameof(CutPausesBefore)] = CutPausesBefore,
        [nameof(RemovePauseFrom)] = RemovePauseFrom, [nameof(CutPauseBefore)] = CutPauseBefore,
        [nameof(DeletePause)] = DeletePause, [nameof(DropGoalCheckpointFrom)] = DropGoalCheckpointFrom,
        [nameof(DropOwnerCheckpointsFrom)] = DropOwnerCheckpointsFrom, [nameof(PutCheckpoint)] = PutCheckpoint,
    };
}
