using MongoDB.Bson;
using NodaTime;

namespace Goals.Storage.MongoDb;

/// <summary>BSON forms of the stored values: instants as BSON dates, dates as "yyyy-MM-dd" strings.</summary>
internal static class MongoValues
{
    public static BsonValue Date(LocalDate date) => StoredValues.ToText(date);

    public static BsonValue Date(LocalDate? date) => date is { } d ? StoredValues.ToText(d) : BsonNull.Value;

    public static BsonValue Instant(Instant instant) => new BsonDateTime(StoredValues.ToMillis(instant));

    public static BsonValue Instant(Instant? instant) => instant is { } i ? Instant(i) : BsonNull.Value;

    public static BsonValue Text(string? text) => text is null ? BsonNull.Value : text;

    public static BsonValue Number(double? number) => number is { } n ? n : BsonNull.Value;

    /// <summary>A wall-clock time as "HH:mm:ss", the form the SQLite adapter stores too.</summary>
    public static BsonValue Time(LocalTime? time) => time is { } t ? StoredValues.ToText(t) : BsonNull.Value;

    public static LocalTime? ReadNullableTime(BsonValue? value) =>
        value is null || value.IsBsonNull ? null : StoredValues.ToTime(value.AsString);

    public static LocalDate ReadDate(BsonValue value) => StoredValues.ToDate(value.AsString);

    public static LocalDate? ReadNullableDate(BsonValue? value) =>
        value is null || value.IsBsonNull ? null : StoredValues.ToDate(value.AsString);

    public static Instant ReadInstant(BsonValue value) => StoredValues.ToInstant(value.AsBsonDateTime.MillisecondsSinceEpoch);

    public static Instant? ReadNullableInstant(BsonValue? value) =>
        value is null || value.IsBsonNull ? null : ReadInstant(value);

    public static string? ReadText(BsonValue? value) => value is null || value.IsBsonNull ? null : value.AsString;

    public static double? ReadNumber(BsonValue? value) => value is null || value.IsBsonNull ? null : value.ToDouble();

    /// <summary>Composite keys are sub-documents: no separator can collide with a user-supplied part.</summary>
    public static BsonDocument Key(string first, string firstValue, string second, string secondValue) =>
        new() { { first, firstValue }, { second, secondValue } };

    public static bool IsDuplicateKey(Exception exception) => exception switch
    {
        MongoDB.Driver.MongoWriteException write => write.WriteError?.Category == MongoDB.Driver.ServerErrorCategory.DuplicateKey,
        MongoDB.Driver.MongoCommandException command => command.Code == 11000,
        _ => false,
    };
}
