namespace Portal.Abstractions.Modules;

/// <summary>Declares an additional switchable feature of the module it sits in.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureAttribute : Attribute
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string Category { get; init; } = "";
    public string[] Dependencies { get; init; } = [];
    public bool AlwaysEnabled { get; init; }
}
