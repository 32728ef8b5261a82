namespace Portal.Abstractions.Modules;

/// <summary>Marks an assembly as a module; its id is also the id of its main feature.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string Category { get; init; } = "";
    /// <summary>Ids of the features the module's main feature needs.</summary>
    public string[] Dependencies { get; init; } = [];
    /// <summary>
    /// Ids of features the module uses while they are on and does without when they are off (it asks
    /// <see cref="IFeatureState"/>); they are not switched on with it. Its project may reference their modules.
    /// </summary>
    public string[] OptionalDependencies { get; init; } = [];
    /// <summary>A feature the site cannot run without: it is always on and cannot be disabled.</summary>
    public bool AlwaysEnabled { get; init; }
}
