using Goals.Api.GraphQL.Scalars;
using GraphQLParser.AST;
using NodaTime;

namespace Goals.Api.Tests.GraphQL;

public sealed class NodaScalarTests
{
    [Theory]
    [InlineData("2026-11-24T08:30:00Z", "2026-11-24T08:30:00Z")]
    [InlineData("2026-11-24T09:30:00+01:00", "2026-11-24T08:30:00Z")]
    [InlineData("2026-11-24T08:30:00.25Z", "2026-11-24T08:30:00.25Z")]
    public void DateTime_reads_any_offset_and_writes_utc(string input, string written)
    {
        var scalar = new InstantGraphType();

        var instant = scalar.ParseValue(input);

        Assert.Equal(written, scalar.Serialize(instant));
    }

    [Theory]
    [InlineData("2026-11-24")]
    [InlineData("2026-11-24 08:30")]
    [InlineData("yesterday")]
    public void DateTime_without_an_offset_is_refused(string input) =>
        Assert.Throws<FormatException>(() => new InstantGraphType().ParseValue(input));

    [Fact]
    public void LocalDate_round_trips_through_literals_and_values()
    {
        var scalar = new LocalDateGraphType();

        Assert.Equal(new LocalDate(2028, 2, 29), scalar.ParseLiteral(new GraphQLStringValue("2028-02-29")));
        Assert.Equal("2026-11-24", scalar.Serialize(new LocalDate(2026, 11, 24)));
        Assert.Throws<FormatException>(() => scalar.ParseValue("2026-02-29"));
    }

    [Theory]
    [InlineData("04:00", "04:00")]
    [InlineData("23:59:30", "23:59:30")]
    [InlineData("07:15:00", "07:15")]
    public void LocalTime_writes_seconds_only_when_they_matter(string input, string written)
    {
        var scalar = new LocalTimeGraphType();

        Assert.Equal(written, scalar.Serialize(scalar.ParseValue(input)));
    }

    [Fact]
    public void A_number_literal_is_not_a_date() =>
        Assert.ThrowsAny<Exception>(() => new LocalDateGraphType().ParseLiteral(new GraphQLIntValue(20261124)));
}
