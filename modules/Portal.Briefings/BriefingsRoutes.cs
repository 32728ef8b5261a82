namespace Portal.Briefings;

/// <summary>Route names of the module's endpoints. An issue itself is served by the content route at its path.</summary>
internal static class BriefingsRoutes
{
    public const string Prefix = "briefings";
    public const string AllSeries = "Briefings.AllSeries";
    public const string Series = "Briefings.Series";

    public static string AllSeriesUrl => "/" + Prefix;

    public static string SeriesUrl(string series) => $"/{Prefix}/{Uri.EscapeDataString(series)}";

    /// <summary>The path of an issue (no leading slash, unencoded): <c>briefings/{series}/{year}/{number}</c>.</summary>
    public static string IssuePath(string series, int year, int number) => $"{Prefix}/{series}/{year}/{number}";
}
