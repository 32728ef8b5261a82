namespace Portal.Volunteers.Hours;

/// <summary>Route names and addresses of the hours area.</summary>
internal static class HoursRoutes
{
    public const string HonorRoll = "Volunteers.HonorRoll";
    public const string Claim = "Volunteers.HoursClaim";
    public const string Admin = "Volunteers.HoursAdmin";
    public const string Evidence = "Volunteers.HoursEvidence";

    public const string HonorRollPath = "/volunteers/honor";
    public const string ClaimPath = "/volunteers/hours/claim";
    public const string EvidencePath = "/volunteers/hours/{id:long}/evidence/{index:int}";

    /// <summary>The address of a claim's photo <paramref name="index"/>, or of its thumbnail <paramref name="width"/> wide.</summary>
    public static string EvidenceUrl(long entryId, int index, int? width = null)
        => $"/volunteers/hours/{entryId}/evidence/{index}" + (width is null ? "" : $"?w={width}");
}
