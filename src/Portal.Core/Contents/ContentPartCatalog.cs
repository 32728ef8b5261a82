using Portal.Abstractions.Contents;
using Portal.Abstractions.Modules;

namespace Portal.Core.Contents;

/// <summary>The parts of enabled features, by name.</summary>
public sealed class ContentPartCatalog(IEnumerable<ContentPartDescriptor> descriptors, IFeatureState features)
{
    public IReadOnlyList<ContentPartDescriptor> Enabled
        => descriptors.Where(d => features.IsEnabledFor(d.PartType)).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

    public ContentPartDescriptor? Find(string name) => Enabled.FirstOrDefault(d => d.Name == name);
}
