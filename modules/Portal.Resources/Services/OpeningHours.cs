using System.Globalization;
using Portal.Abstractions.Display;
using Portal.Resources.Models;

namespace Portal.Resources.Services;

/// <summary>
/// Opening hours, one text per weekday (Monday first): <c>08:30-11:30,14:00-17:00</c>, empty when closed. A resource
/// with no hours on any day has no set hours (equipment, a speakers' pool) and may be booked at any time. Times are China time.
/// </summary>
internal static class OpeningHours
{
    private static readonly char[] RangeSeparators = [',', '，', '、', ';', '；', ' '];
    private static readonly string[] Dashes = ["–", "—", "~", "～", "至", "到"];

    /// <summary>The ranges of one day's text, or null when it is not hours (empty text: closed, no ranges).</summary>
    public static List<(TimeOnly From, TimeOnly To)>? Parse(string? text)
    {
        var ranges = new List<(TimeOnly, TimeOnly)>();
        var clean = (text ?? "").Trim();
        foreach (var dash in Dashes)
            clean = clean.Replace(dash, "-");
        clean = clean.Replace('：', ':');
        foreach (var part in clean.Split(RangeSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !TryTime(ends[0], out var from) || !TryTime(ends[1], out var to, allowMidnight: true) || (to <= from && to != TimeOnly.MinValue))
                return null;
            ranges.Add((from, to));
        }
        return ranges.OrderBy(r => r.Item1).ToList();
    }

    /// <summary>The day's ranges as stored and shown: <c>08:30-11:30,14:00-17:00</c>.</summary>
    public static string Format(IEnumerable<(TimeOnly From, TimeOnly To)> ranges)
        => string.Join(",", ranges.Select(r => $"{r.From:HH\\:mm}-{(r.To == TimeOnly.MinValue ? "24:00" : r.To.ToString("HH\\:mm", CultureInfo.InvariantCulture))}"));

    public static bool HasHours(IReadOnlyList<string> days) => days.Any(d => d.Length > 0);

    /// <summary>“周一至周五 08:30-17:00；周六 09:00-12:00”: consecutive days with the same hours grouped; closed days left out.</summary>
    public static string Describe(IReadOnlyList<string> days)
    {
        if (!HasHours(days))
            return "不限时段（预约时商定）";
        var parts = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var hours = Day(days, i);
            if (hours.Length == 0)
                continue;
            var j = i;
            while (j + 1 < 7 && Day(days, j + 1) == hours)
                j++;
            parts.Add((j == i ? ResourceNames.Weekdays[i] : j == i + 1 ? $"{ResourceNames.Weekdays[i]}、{ResourceNames.Weekdays[j]}" : $"{ResourceNames.Weekdays[i]}至{ResourceNames.Weekdays[j]}")
                + " " + hours.Replace(",", "、"));
            i = j;
        }
        return string.Join("；", parts);
    }

    /// <summary>The text of day <paramref name="index"/> (0 = Monday), empty when missing.</summary>
    public static string Day(IReadOnlyList<string> days, int index) => index < days.Count ? days[index] : "";

    /// <summary>0 = Monday … 6 = Sunday.</summary>
    public static int Index(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>Whether the slot lies inside one opening range of one day (always, when there are no set hours).</summary>
    public static bool Covers(IReadOnlyList<string> days, DateTime startsUtc, DateTime endsUtc)
    {
        if (!HasHours(days))
            return true;
        var start = ChinaTime.FromUtc(startsUtc).DateTime;
        var end = ChinaTime.FromUtc(endsUtc).DateTime;
        var dayStart = start.Date;
        foreach (var (from, to) in Parse(Day(days, Index(start.DayOfWeek))) ?? [])
        {
            var open = dayStart + from.ToTimeSpan();
            var close = to == TimeOnly.MinValue ? dayStart.AddDays(1) : dayStart + to.ToTimeSpan();
            if (start >= open && end <= close)
                return true;
        }
        return false;
    }

    /// <summary>Hours open from <paramref name="from"/> to <paramref name="to"/> (both days included); 0 when there are no set hours.</summary>
    public static double OpenHours(IReadOnlyList<string> days, DateOnly from, DateOnly to)
    {
        var perDay = Enumerable.Range(0, 7).Select(i => (Parse(Day(days, i)) ?? [])
            .Sum(r => ((r.To == TimeOnly.MinValue ? TimeSpan.FromHours(24) : r.To.ToTimeSpan()) - r.From.ToTimeSpan()).TotalHours)).ToArray();
        var total = 0d;
        for (var day = from; day <= to; day = day.AddDays(1))
            total += perDay[Index(day.DayOfWeek)];
        return total;
    }

    private static bool TryTime(string text, out TimeOnly time, bool allowMidnight = false)
    {
        if (allowMidnight && text == "24:00")
        {
            time = TimeOnly.MinValue;
            return true;
        }
        return TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }
}
