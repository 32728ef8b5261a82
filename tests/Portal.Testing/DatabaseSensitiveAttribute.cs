using Xunit.Abstractions;
using Xunit.Sdk;

namespace Portal.Testing;

/// <summary>
/// Marks a test (or a class of them) whose outcome can differ between SQLite and PostgreSQL: it takes a lock, runs
/// requests in parallel, relies on a unique index or a transaction, migrates, or reads the search task log. ./test.sh
/// runs the marked tests on both databases and the rest on SQLite only; an architecture test finds unmarked ones.
/// </summary>
[TraitDiscoverer(DatabaseSensitiveDiscoverer.TypeName, "Portal.Testing")]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatabaseSensitiveAttribute(string why) : Attribute, ITraitAttribute
{
    public const string Category = "DatabaseSensitive";

    /// <summary>What in the test depends on the database, in a few words.</summary>
    public string Why { get; } = why;
}

/// <summary>Gives <see cref="DatabaseSensitiveAttribute"/> its trait: <c>Category=DatabaseSensitive</c>, the filter test.sh uses.</summary>
public sealed class DatabaseSensitiveDiscoverer : ITraitDiscoverer
{
    public const string TypeName = "Portal.Testing.DatabaseSensitiveDiscoverer";

    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
        => [new("Category", DatabaseSensitiveAttribute.Category)];
}
