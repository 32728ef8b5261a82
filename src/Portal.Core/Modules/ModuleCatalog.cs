using System.Reflection;
using Microsoft.Extensions.DependencyModel;
using Portal.Abstractions.Modules;

namespace Portal.Core.Modules;

/// <summary>
/// The modules, features, startups and themes of the assemblies the host references, with the
/// features in dependency order. Built once at start-up; a missing dependency or a cycle stops it.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, FeatureInfo> _byId;

    public ModuleCatalog(IEnumerable<Assembly> assemblies)
    {
        var list = assemblies.Distinct().ToList();
        var declared = list.SelectMany(DeclaredFeatures).ToList();

        var duplicate = declared.GroupBy(f => f.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new FeatureGraphException($"功能 “{duplicate.Key}” 被声明了多次。");

        _byId = declared.ToDictionary(f => f.Id);
        Features = SortByDependencies(declared);
        Themes = list.Select(a => (a, t: a.GetCustomAttribute<ThemeAttribute>()))
            .Where(x => x.t is not null)
            .Select(x => new ThemeInfo(x.t!.Id, x.t.Name, x.t.Description, x.a))
            .ToList();
        // Each startup runs after the startups of the features it needs.
        Startups = ModuleAssemblies
            .SelectMany(a => a.GetTypes().Where(t => t.IsSubclassOf(typeof(ModuleStartup)) && !t.IsAbstract))
            .Select(t => new StartupInfo(t, FeaturesOf(t)))
            .OrderBy(s => s.FeatureIds.Max(id => IndexOf(id)))
            .ToList();
    }

    /// <summary>Features, each after the features it depends on.</summary>
    public IReadOnlyList<FeatureInfo> Features { get; }

    public IReadOnlyList<ThemeInfo> Themes { get; }

    public IReadOnlyList<StartupInfo> Startups { get; }

    public IEnumerable<Assembly> ModuleAssemblies => Features.Select(f => f.Assembly).Distinct();

    public FeatureInfo? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The feature and everything it needs, transitively, dependencies first.</summary>
    public IReadOnlyList<FeatureInfo> WithDependencies(string id)
    {
        var needed = new HashSet<string>();
        void Visit(string f)
        {
            if (needed.Add(f))
                foreach (var d in _byId[f].Dependencies) Visit(d);
        }
        Visit(id);
        return Features.Where(f => needed.Contains(f.Id)).ToList();
    }

    /// <summary>The features that need <paramref name="id"/>, directly or not.</summary>
    public IReadOnlyList<FeatureInfo> Dependents(string id)
        => Features.Where(f => f.Id != id && WithDependencies(f.Id).Any(d => d.Id == id)).ToList();

    /// <summary>The features a type registered by a module belongs to: its module's main feature and any it requires.</summary>
    public IReadOnlyList<string> FeaturesOf(Type type)
    {
        var main = MainFeatureOf(type.Assembly);
        var required = type.GetCustomAttribute<RequireFeaturesAttribute>()?.FeatureIds ?? [];
        foreach (var r in required.Where(r => !_byId.ContainsKey(r)))
            throw new FeatureGraphException($"“{type.FullName}” 需要的功能 “{r}” 不存在。");
        return main is null ? required.ToList() : [main, .. required.Where(r => r != main)];
    }

    /// <summary>Loads the catalog from the project references of <paramref name="host"/> (its deps.json).</summary>
    public static ModuleCatalog FromHost(Assembly host)
    {
        var context = DependencyContext.Load(host) ?? throw new FeatureGraphException($"找不到 {host.GetName().Name}.deps.json，无法发现模块。");
        var assemblies = context.RuntimeLibraries
            .Where(l => l.Type == "project")
            .Select(l => Assembly.Load(new AssemblyName(l.Name)))
            .Where(a => a.IsDefined(typeof(ModuleAttribute)) || a.IsDefined(typeof(ThemeAttribute)));
        return new ModuleCatalog(assemblies);
    }

    private static string? MainFeatureOf(Assembly assembly) => assembly.GetCustomAttribute<ModuleAttribute>()?.Id;

    private int IndexOf(string id) => Features.Select(f => f.Id).ToList().IndexOf(id);

    private static IEnumerable<FeatureInfo> DeclaredFeatures(Assembly assembly)
    {
        var module = assembly.GetCustomAttribute<ModuleAttribute>();
        if (module is null)
            yield break;
        yield return new FeatureInfo(module.Id, module.Name, module.Description, module.Category, module.Dependencies, module.AlwaysEnabled, assembly);
        foreach (var f in assembly.GetCustomAttributes<FeatureAttribute>())
            yield return new FeatureInfo(f.Id, f.Name, f.Description, f.Category, f.Dependencies, f.AlwaysEnabled, assembly);
    }

    private static List<FeatureInfo> SortByDependencies(List<FeatureInfo> features)
    {
        var byId = features.ToDictionary(f => f.Id);
        foreach (var f in features)
            foreach (var d in f.Dependencies.Where(d => !byId.ContainsKey(d)))
                throw new FeatureGraphException($"功能 “{f.Id}” 依赖的功能 “{d}” 不存在。");

        var sorted = new List<FeatureInfo>();
        var state = new Dictionary<string, bool>(); // false: visiting, true: done
        var path = new Stack<string>();
        void Visit(FeatureInfo f)
        {
            if (state.TryGetValue(f.Id, out var done))
            {
                if (done) return;
                var cycle = path.Reverse().SkipWhile(p => p != f.Id).Append(f.Id);
                throw new FeatureGraphException($"功能依赖存在循环：{string.Join(" → ", cycle)}。");
            }
            state[f.Id] = false;
            path.Push(f.Id);
            foreach (var d in f.Dependencies) Visit(byId[d]);
            path.Pop();
            state[f.Id] = true;
            sorted.Add(f);
        }
        foreach (var f in features.OrderBy(f => f.Id, StringComparer.Ordinal)) Visit(f);
        return sorted;
    }
}

/// <summary>A module startup and the features that switch what it registers on and off.</summary>
public sealed record StartupInfo(Type Type, IReadOnlyList<string> FeatureIds);
