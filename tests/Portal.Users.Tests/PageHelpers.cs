namespace Portal.Users.Tests;

internal static class PageHelpers
{
    public const string Password = "Tester-pass-2026";

    public static Dictionary<string, string> Fields(params (string Name, string Value)[] fields)
        => fields.ToDictionary(f => f.Name, f => f.Value);
}
