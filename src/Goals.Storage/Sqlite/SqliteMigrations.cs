namespace Goals.Storage.Sqlite;

/// <summary>
/// The schema, as an ordered list of migrations (version n is the n-th; the first is <see cref="SqliteInitialSchema"/>).
/// A migration is never edited once released: changes are appended. Every query of the adapters has an index that
/// serves it (noted next to each index).
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        SqliteInitialSchema.Sql,
        """
        -- one row per user: the day close replaces it; read by user id (the primary key)
        CREATE TABLE insight_sets (
            user_id TEXT NOT NULL PRIMARY KEY,
            as_of TEXT NOT NULL,
            insights TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
        """
        -- the user's STREAK_AT_RISK reminder: an hour, or off; neither set (every row before this) = the server default
        ALTER TABLE users ADD COLUMN streak_reminder_hour INTEGER
            CHECK (streak_reminder_hour BETWEEN 0 AND 23);
        ALTER TABLE users ADD COLUMN streak_reminder_off INTEGER NOT NULL DEFAULT 0
            CHECK (streak_reminder_off IN (0, 1));
        """,
        """
        -- the keyset orders added with list sorting: goals by start date, activities by time or amount, the inbox
        -- by creation time
        CREATE INDEX goals_owner_start ON goals (owner_id, start_date, id);
        CREATE INDEX activities_goal_occurred ON activities (goal_id, occurred_at, id);
        CREATE INDEX activities_goal_amount ON activities (goal_id, amount, id);
        CREATE INDEX notifications_user_created ON notifications (user_id, created_at, sequence);
        """,
        """
        -- data versions (ADR 0135): bumped in the transaction of every write that changes what an evaluation reads;
        -- rows from before start at 1, like new ones. Read and bumped by primary key only.
        ALTER TABLE goals ADD COLUMN data_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE users ADD COLUMN data_version INTEGER NOT NULL DEFAULT 1;
        -- day totals move by increments (ADR 0136): amount + amount_error is the compensated running sum
        ALTER TABLE day_totals ADD COLUMN amount_error REAL NOT NULL DEFAULT 0;
        """,
        """
        -- a goal's own daily reminder, user-local "HH:mm:ss"; NULL (every row before this) follows the user's hour
        ALTER TABLE goals ADD COLUMN reminder_time TEXT;
        """,
        """
        -- aggregated, anonymous counts for recommendations: users keeping both goal kinds (item = other: keeping it);
        -- read whole, replaced whole
        CREATE TABLE co_occurrences (
            item TEXT NOT NULL,
            other TEXT NOT NULL,
            users INTEGER NOT NULL,
            PRIMARY KEY (item, other)
        ) WITHOUT ROWID;
        """,
        """
        -- the user's goals version (ADR 0163): bumped in the transaction of every write of the user's goals or of what
        -- moves a goal's data version; rows from before start at 0. Read and bumped by primary key only.
        ALTER TABLE users ADD COLUMN goals_version INTEGER NOT NULL DEFAULT 0;
        """,
        """
        -- at most one engine checkpoint per goal (ADR 0165): the carried state as computed (doubles unrounded, the
        -- fingerprint as an integer) and the goal data version it was computed at. Read by goal id (the primary key),
        -- dropped by goal and date (the primary key) or by owner and date (a vacation; account erasure).
        CREATE TABLE evaluation_checkpoints (
            goal_id TEXT NOT NULL PRIMARY KEY,
            owner_id TEXT NOT NULL,
            date TEXT NOT NULL,
            read_from TEXT NOT NULL,
            current_run INTEGER NOT NULL,
            run_started_on TEXT,
            longest_run INTEGER NOT NULL,
            strength_score REAL NOT NULL,
            strength_rolling REAL NOT NULL,
            total REAL NOT NULL,
            inputs INTEGER NOT NULL,
            data_version INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX evaluation_checkpoints_owner_date ON evaluation_checkpoints (owner_id, date);
        """,
    ];
}
