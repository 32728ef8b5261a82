using System.Globalization;

namespace Portal.Resources;

/// <summary>Route names and addresses of the resource pages, public and admin.</summary>
internal static class ResourceRoutes
{
    public const string PublicList = "Resources.List";
    public const string PublicResource = "Resources.Resource";
    public const string AdminList = "Resources.Admin";
    public const string AdminBookings = "Resources.Admin.Bookings";
    public const string AdminReports = "Resources.Admin.Reports";
    public const string AdminSettings = "Resources.Admin.Settings";

    public const string PublicPath = "/resources";
    public const string AdminPath = "/admin/resources";
    public const string AdminImportPath = "/admin/resources/import";
    public const string AdminBookingsPath = "/admin/resources/bookings";
    public const string AdminReportsPath = "/admin/resources/reports";
    public const string AdminSettingsPath = "/admin/resources/settings";

    public static string PublicUrl(int resourceId) => $"{PublicPath}/{resourceId.ToString(CultureInfo.InvariantCulture)}";
}
