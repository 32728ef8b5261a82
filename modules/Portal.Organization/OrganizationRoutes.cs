namespace Portal.Organization;

/// <summary>Route names of the module's endpoints.</summary>
internal static class OrganizationRoutes
{
    public const string AdminUnits = "Organization.AdminUnits";
    public const string AdminDashboard = "Organization.AdminDashboard";
    public const string PublicUnits = "Organization.PublicUnits";
    public const string PublicUnit = "Organization.PublicUnit";
}
