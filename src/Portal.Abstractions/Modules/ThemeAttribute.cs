namespace Portal.Abstractions.Modules;

/// <summary>Marks an assembly as a theme whose Liquid templates are embedded under <c>Views/</c>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ThemeAttribute : Attribute
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
}
