using Portal.Abstractions.Navigation;
using Portal.Core.Modules;

namespace Portal.Admin.ViewModels;

internal sealed record DashboardPage(string DisplayName, IReadOnlyList<MenuItem> Menu);

internal sealed record FeatureRow(FeatureInfo Feature, bool Enabled, IReadOnlyList<string> DependencyNames, IReadOnlyList<string> DependentNames);
