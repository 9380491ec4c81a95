namespace Goals.Storage.Sqlite;

/// <summary>
/// The schema, as an ordered list of migrations. A migration is never edited once released: changes are appended.
/// Every query of the adapters has an index that serves it (noted next to each index).
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE users (
            id TEXT NOT NULL PRIMARY KEY,
            time_zone TEXT NOT NULL,
            day_starts_at TEXT NOT NULL,
            week_start TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE goals (
            id TEXT NOT NULL PRIMARY KEY,
            owner_id TEXT NOT NULL,
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,
            description TEXT,
            category TEXT NOT NULL,
            pattern TEXT NOT NULL,
            target REAL NOT NULL,
            unit TEXT,
            period TEXT NOT NULL,
            schedule TEXT NOT NULL,
            min_amount REAL,
            start_date TEXT NOT NULL,
            deadline TEXT,
            status TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            completed_at INTEGER,
            version INTEGER NOT NULL
        ) WITHOUT ROWID;
        -- goal lists by owner in each sort order (id breaks ties), and the non-archived count
        CREATE INDEX goals_owner_created ON goals (owner_id, created_at, id);
        CREATE INDEX goals_owner_title ON goals (owner_id, title_key, id);
        CREATE INDEX goals_owner_updated ON goals (owner_id, updated_at, id);
        CREATE INDEX goals_owner_status ON goals (owner_id, status);

        CREATE TABLE activities (
            id TEXT NOT NULL PRIMARY KEY,
            owner_id TEXT NOT NULL,
            goal_id TEXT NOT NULL,
            occurred_at INTEGER NOT NULL,
            date TEXT NOT NULL,
            amount REAL NOT NULL,
            note TEXT,
            idempotency_key TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        -- date ranges, newest-first pages and day-total recomputation of one goal
        CREATE INDEX activities_goal_date ON activities (goal_id, date, occurred_at, id);
        -- idempotency: one activity per user and key
        CREATE UNIQUE INDEX activities_owner_key ON activities (owner_id, idempotency_key)
            WHERE idempotency_key IS NOT NULL;

        CREATE TABLE day_totals (
            goal_id TEXT NOT NULL,
            date TEXT NOT NULL,
            amount REAL NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (goal_id, date)
        ) WITHOUT ROWID;

        CREATE TABLE skips (
            goal_id TEXT NOT NULL,
            date TEXT NOT NULL,
            PRIMARY KEY (goal_id, date)
        ) WITHOUT ROWID;

        CREATE TABLE pauses (
            id TEXT NOT NULL PRIMARY KEY,
            user_id TEXT NOT NULL,
            goal_id TEXT,
            from_date TEXT NOT NULL,
            to_date TEXT
        ) WITHOUT ROWID;
        -- a goal's pauses, and a user's vacations (goal_id IS NULL)
        CREATE INDEX pauses_user_goal ON pauses (user_id, goal_id, from_date);
        CREATE INDEX pauses_goal ON pauses (goal_id);

        CREATE TABLE notifications (
            id TEXT NOT NULL PRIMARY KEY,
            user_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            goal_id TEXT,
            unique_key TEXT,
            data TEXT,
            created_at INTEGER NOT NULL,
            read INTEGER NOT NULL
        ) WITHOUT ROWID;
        -- inbox pages and catch-up reads by sequence; the unread filter and count
        CREATE UNIQUE INDEX notifications_user_sequence ON notifications (user_id, sequence);
        CREATE INDEX notifications_user_unread ON notifications (user_id, read, sequence);
        -- once per milestone and streak run
        CREATE UNIQUE INDEX notifications_user_key ON notifications (user_id, unique_key)
            WHERE unique_key IS NOT NULL;

        CREATE TABLE notification_sequences (
            user_id TEXT NOT NULL PRIMARY KEY,
            last INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE daily_snapshots (
            goal_id TEXT NOT NULL,
            date TEXT NOT NULL,
            value REAL NOT NULL,
            target REAL NOT NULL,
            met INTEGER,
            excused INTEGER NOT NULL,
            streak INTEGER NOT NULL,
            PRIMARY KEY (goal_id, date)
        ) WITHOUT ROWID;

        CREATE TABLE daily_stats (
            user_id TEXT NOT NULL,
            date TEXT NOT NULL,
            activities INTEGER NOT NULL,
            goals_due INTEGER NOT NULL,
            goals_met INTEGER NOT NULL,
            perfect INTEGER NOT NULL,
            PRIMARY KEY (user_id, date)
        ) WITHOUT ROWID;

        CREATE TABLE job_leases (
            name TEXT NOT NULL PRIMARY KEY,
            owner TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE job_checkpoints (
            job TEXT NOT NULL,
            scope TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (job, scope)
        ) WITHOUT ROWID;
        """,
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
