namespace Portal.Contents;

internal static class ContentsRoutes
{
    public const string PublicContent = "Contents.Public";
    public const string AdminList = "Contents.Admin.List";
}
