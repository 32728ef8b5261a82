namespace Portal.Admin.Tests;

internal static class PageHelpers
{
    public const string Password = "Tester-pass-2026";
}
