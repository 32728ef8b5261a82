using System.Reflection;

namespace Portal.Core.Modules;

/// <summary>A switchable feature declared by a module's manifest.</summary>
public sealed record FeatureInfo(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    bool AlwaysEnabled,
    Assembly Assembly);

/// <summary>A theme found among the host's references.</summary>
public sealed record ThemeInfo(string Id, string Name, string Description, Assembly Assembly);

/// <summary>The feature graph is broken: start-up stops with this message.</summary>
public sealed class FeatureGraphException(string message) : Exception(message);
