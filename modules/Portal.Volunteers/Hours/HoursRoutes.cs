namespace Portal.Volunteers.Hours;

/// <summary>Route names and addresses of the hours area.</summary>
internal static class HoursRoutes
{
    public const string HonorRoll = "Volunteers.HonorRoll";
    public const string Claim = "Volunteers.HoursClaim";
    public const string Admin = "Volunteers.HoursAdmin";

    public const string HonorRollPath = "/volunteers/honor";
    public const string ClaimPath = "/volunteers/hours/claim";
}
