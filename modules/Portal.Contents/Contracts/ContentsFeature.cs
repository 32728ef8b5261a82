namespace Portal.Contents.Contracts;

public static class ContentsFeature
{
    public const string Id = "Portal.Contents";
}
