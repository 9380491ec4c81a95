using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Goals.Storage.Abstractions;

/// <summary>The comparisons a list filter offers; each may also be negated (<c>neq</c>, <c>nin</c>, <c>ngt</c>, ...).</summary>
public enum FilterOperator { Eq, In, Gt, Gte, Lt, Lte, Contains, StartsWith, EndsWith }

/// <summary>
/// A store-neutral filter over one list: conditions on named fields combined with and/or. Each adapter translates it
/// into its own query language (SQL with parameters, MongoDB filter documents); no adapter filters in memory.
/// </summary>
public abstract record ListFilter
{
    /// <summary>No condition: every row of the list.</summary>
    public static ListFilter None { get; } = new AllOf([]);

    public bool IsNone => this is AllOf { Parts.Count: 0 };

    /// <summary>A short digest of the filter, written into cursors so that a cursor from another filter is refused.</summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        Describe(text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(hash, 0, 8);
    }

    internal abstract void Describe(StringBuilder text);

    private protected static void DescribeAll(StringBuilder text, string name, IReadOnlyList<ListFilter> parts)
    {
        text.Append(name).Append('(');
        foreach (var part in parts)
        {
            part.Describe(text);
            text.Append(',');
        }

        text.Append(')');
    }
}

/// <summary>Every part holds (an empty list: no condition).</summary>
public sealed record AllOf(IReadOnlyList<ListFilter> Parts) : ListFilter
{
    internal override void Describe(StringBuilder text) => DescribeAll(text, "and", Parts);
}

/// <summary>At least one part holds (an empty list: no condition).</summary>
public sealed record AnyOf(IReadOnlyList<ListFilter> Parts) : ListFilter
{
    internal override void Describe(StringBuilder text) => DescribeAll(text, "or", Parts);
}

/// <summary>
/// One comparison. <paramref name="Value"/> is the field's domain value (string, enum, LocalDate, Instant, double,
/// bool), null for <c>eq: null</c>, or a list of them for <see cref="FilterOperator.In"/>. A negated condition also
/// matches rows whose field is null (unless the positive one matched nulls): <c>neq</c> is exactly NOT <c>eq</c>.
/// </summary>
public sealed record FieldCondition(string Field, FilterOperator Operator, object? Value, bool Negated = false) : ListFilter
{
    internal override void Describe(StringBuilder text)
    {
        text.Append(Field).Append('.').Append(Negated ? "not-" : string.Empty).Append(Operator).Append('=');
        DescribeValue(text, Value);
    }

    private static void DescribeValue(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case System.Collections.IEnumerable list:
                text.Append('[');
                foreach (var item in list)
                {
                    DescribeValue(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case IFormattable formattable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value);
                break;
        }
    }
}
