using System.Globalization;

namespace Portal.Activities;

/// <summary>Route names and addresses of the activity pages, public and admin.</summary>
internal static class ActivityRoutes
{
    public const string PublicList = "Activities.List";
    public const string PublicActivity = "Activities.Activity";
    public const string PublicCalendar = "Activities.Calendar";
    public const string PublicCheckIn = "Activities.CheckIn";
    public const string AdminList = "Activities.Admin";
    public const string AdminProjects = "Activities.Admin.Projects";
    public const string AdminSettings = "Activities.Admin.Settings";

    public const string PublicPath = "/activities";
    public const string AdminPath = "/admin/activities";
    public const string AdminProjectsPath = "/admin/activities/projects";
    public const string AdminSettingsPath = "/admin/activities/settings";

    public static string PublicUrl(int activityId) => $"{PublicPath}/{activityId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Where an invitation's accept or decline form posts.</summary>
    public static string InvitationUrl(long invitationId, string answer) => $"{PublicPath}/invitations/{invitationId.ToString(CultureInfo.InvariantCulture)}/{answer}";
}
