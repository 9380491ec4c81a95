using Goals.Api.GraphQL.Scalars;
using Goals.Domain.History;
using GraphQL.Types;

namespace Goals.Api.Progress;

public sealed class DailySnapshotType : ObjectGraphType<DailySnapshot>
{
    public DailySnapshotType()
    {
        Name = "DailySnapshot";
        Description = "One day of a goal's history, as it stood at the day's close (today: now).";
        Field<NonNullGraphType<LocalDateGraphType>>("date").Resolve(context => context.Source.Date);
        Field(snapshot => snapshot.Value).Description("The progress `current` as of that day (period-to-date).");
        Field(snapshot => snapshot.Target);
        Field(snapshot => snapshot.Met, nullable: true)
            .Description("Null when undecided that day: not due, excused, or an open period not yet met.");
        Field(snapshot => snapshot.Excused);
        Field(snapshot => snapshot.Streak).Description("The current streak at the day's close.");
    }
}
