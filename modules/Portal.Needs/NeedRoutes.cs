namespace Portal.Needs;

/// <summary>Route names and addresses of the needs pages, public and admin.</summary>
internal static class NeedRoutes
{
    public const string PublicList = "Needs.List";
    public const string PublicNew = "Needs.New";
    public const string PublicTrack = "Needs.Track";
    public const string AdminList = "Needs.Admin";
    public const string AdminStats = "Needs.Admin.Stats";
    public const string AdminSettings = "Needs.Admin.Settings";

    public const string PublicPath = "/needs";
    public const string NewPath = "/needs/new";
    public const string AdminPath = "/admin/needs";
    public const string AdminStatsPath = "/admin/needs/stats";
    public const string AdminSettingsPath = "/admin/needs/settings";

    /// <summary>The requester's private page: the token is the only key to it.</summary>
    public static string TrackUrl(string token) => $"{PublicPath}/track/{token}";
}
