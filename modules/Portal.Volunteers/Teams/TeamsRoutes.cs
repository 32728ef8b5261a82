namespace Portal.Volunteers.Teams;

/// <summary>Route names and public addresses of the team pages.</summary>
internal static class TeamsRoutes
{
    public const string PublicList = "Volunteers.Teams.List";
    public const string PublicTeam = "Volunteers.Teams.Team";
    public const string AdminTeams = "Volunteers.Teams.Admin";

    public static string PublicUrl(int teamId) => $"/volunteers/teams/{teamId}";
}
