namespace Goals.Storage.Sqlite;

/// <summary>
/// Migration 1, the schema as first released: users, goals and what is logged against them (activities, day totals,
/// skips, pauses), the inbox, the day close's snapshots and statistics, and the job tables. Released, so never edited.
/// </summary>
internal static class SqliteInitialSchema
{
    public const string Sql =
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
        """;
}
