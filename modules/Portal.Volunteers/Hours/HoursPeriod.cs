namespace Portal.Volunteers.Hours;

/// <summary>A span of service dates, both ends included: a month, a quarter, a year or any range.</summary>
internal sealed record HoursPeriod(DateOnly From, DateOnly To)
{
    public static HoursPeriod Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static HoursPeriod Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        var first = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(first, first.AddMonths(3).AddDays(-1));
    }

    public static HoursPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static HoursPeriod Range(DateOnly from, DateOnly to)
        => from <= to ? new(from, to) : throw new ArgumentException("The range ends before it starts.", nameof(to));

    /// <summary>Every date there is, for a total since the first entry.</summary>
    public static HoursPeriod All { get; } = new(DateOnly.MinValue, DateOnly.MaxValue);
}
