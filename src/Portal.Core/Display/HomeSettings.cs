namespace Portal.Core.Display;

/// <summary>What the home page says, set by the <c>settings</c> recipe step under <c>Home</c>.</summary>
public sealed record HomeSettings
{
    public const string Key = "Home";

    public string Intro { get; init; } = "";

    public IReadOnlyList<PlatformSummary> Platforms { get; init; } = [];
}

public sealed record PlatformSummary(string Name, string Summary);
