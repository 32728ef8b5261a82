using System.Reflection;
using System.Reflection.Emit;
using Portal.Abstractions.Modules;

namespace Portal.Core.Tests.Modules;

/// <summary>Builds in-memory assemblies that carry only a module manifest, to feed the catalog any feature graph.</summary>
internal static class ManifestAssemblies
{
    /// <summary>An assembly declaring module <paramref name="id"/> with <paramref name="dependencies"/>, plus extra features.</summary>
    public static Assembly Module(string id, string[] dependencies, params (string Id, string[] Dependencies)[] features)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Test." + id + "." + Guid.NewGuid().ToString("N")), AssemblyBuilderAccess.Run);
        assembly.SetCustomAttribute(Attribute<ModuleAttribute>(id, dependencies));
        foreach (var (featureId, featureDependencies) in features)
            assembly.SetCustomAttribute(Attribute<FeatureAttribute>(featureId, featureDependencies));
        assembly.DefineDynamicModule("main");
        return assembly;
    }

    private static CustomAttributeBuilder Attribute<T>(string id, string[] dependencies) where T : Attribute
    {
        var type = typeof(T);
        return new CustomAttributeBuilder(
            type.GetConstructor(Type.EmptyTypes)!, [],
            [type.GetProperty("Id")!, type.GetProperty("Name")!, type.GetProperty("Dependencies")!],
            [id, id + " 功能", dependencies]);
    }
}
