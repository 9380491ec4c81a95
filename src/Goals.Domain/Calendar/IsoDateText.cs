using NodaTime;
using NodaTime.Text;

namespace Goals.Domain.Calendar;

/// <summary>
/// Dates as ISO "yyyy-MM-dd" text, written and read digit by digit for years 1 to 9999, exactly as NodaTime's ISO
/// pattern writes and reads them but without its builder and parse objects: every stored date of every row, every
/// cache key and every date in an answer goes through here. Other years, and any text that is not such a date, go to
/// the pattern, which answers (or refuses) as it always did.
/// </summary>
public static class IsoDateText
{
    public static string Format(LocalDate date) =>
        date.Year is >= 1 and <= 9999
            ? string.Create(10, date, static (text, value) =>
            {
                WriteDigits(text[..4], value.Year);
                text[4] = '-';
                WriteDigits(text.Slice(5, 2), value.Month);
                text[7] = '-';
                WriteDigits(text.Slice(8, 2), value.Day);
            })
            : LocalDatePattern.Iso.Format(date);

    public static LocalDate Parse(string text) =>
        TryRead(text, out var date) ? date : LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private static bool TryRead(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.AsSpan(0, 4), out var year) || !TryDigits(text.AsSpan(5, 2), out var month)
            || !TryDigits(text.AsSpan(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    private static void WriteDigits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
