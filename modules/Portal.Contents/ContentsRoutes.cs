namespace Portal.Contents;

internal static class ContentsRoutes
{
    public const string PublicContent = "Contents.Public";
    public const string AdminList = "Contents.Admin.List";
    public const string TypeFeed = "Contents.Feed.Type";
    public const string ColumnFeed = "Contents.Feed.Column";
    public const string ApiList = "Contents.Api.List";
    public const string ApiItem = "Contents.Api.Item";
    public const string ApiChanges = "Contents.Api.Changes";
    public const string Sitemap = "Contents.Sitemap";
    public const string Robots = "Contents.Robots";
}
