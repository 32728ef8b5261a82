using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Portal.ArchitectureTests.TestSuite;

/// <summary>
/// ./test.sh runs on PostgreSQL only the tests marked <c>[DatabaseSensitive]</c>: a test that races, duplicates or rolls
/// back and is not marked would never meet the second database.
/// </summary>
public sealed class DatabaseSensitiveTests
{
    [Fact]
    public void TheTestProjects_ThatRunOnBothDatabases_AreFound_AndBuilt()
    {
        var projects = TestAssemblies.RunOnBothDatabases(Path.Combine(Repository.Root, "tests"));

        Assert.Contains(projects, p => p.Project == "Portal.Activities.Tests");
        Assert.Contains(projects, p => p.Project == "Portal.Web.Tests");
        Assert.DoesNotContain(projects, p => p.Project == "Portal.Browser.Tests");
        Assert.All(projects, p => Assert.True(File.Exists(p.Assembly), $"{p.Assembly} is not built: build Portal.sln first."));
    }

    [Fact]
    public void EveryTestThatRacesDuplicatesOrRollsBack_IsMarkedDatabaseSensitive()
    {
        var unmarked = TestAssemblies.RunOnBothDatabases(Path.Combine(Repository.Root, "tests"))
            .SelectMany(p => DatabaseSensitivity.UnmarkedTests(TestAssemblies.Read(p.Assembly)))
            .ToList();

        Assert.True(unmarked.Count == 0, "Mark these [DatabaseSensitive(\"why\")]:\n" + string.Join("\n", unmarked));
    }

    [Fact]
    public void APlantedTestProject_WithAnUnmarkedParallelTest_IsReported_AndItsMarkedTwinIsNot()
    {
        var tests = Directory.CreateTempSubdirectory("planted-tests").FullName;
        try
        {
            PlantProject(tests, "Portal.Planted.Tests", usesSharedSite: true);
            PlantProject(tests, "Portal.PlantedSqliteOnly.Tests", usesSharedSite: false);

            var projects = TestAssemblies.RunOnBothDatabases(tests);
            var unmarked = projects.SelectMany(p => DatabaseSensitivity.UnmarkedTests(TestAssemblies.Read(p.Assembly))).ToList();

            Assert.Equal(["Portal.Planted.Tests"], projects.Select(p => p.Project));
            Assert.Equal(["Portal.Planted.Tests.RaceTests.ManyAtOnce: calls Task.WhenAll"], unmarked);
        }
        finally
        {
            Directory.Delete(tests, recursive: true);
        }
    }

    /// <summary>
    /// A test project folder as the build leaves it: its .csproj and its assembly with two tests that run tasks in
    /// parallel, one of them marked.
    /// </summary>
    private static void PlantProject(string tests, string name, bool usesSharedSite)
    {
        var folder = Directory.CreateDirectory(Path.Combine(tests, name)).FullName;
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), usesSharedSite
            ? """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><ProjectReference Include="../Portal.Testing/Portal.Testing.csproj" /></ItemGroup></Project>"""
            : """<Project Sdk="Microsoft.NET.Sdk"></Project>""");

        var assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(name, new Version(1, 0)), name, ModuleKind.Dll);
        var module = assembly.MainModule;
        var type = new TypeDefinition(name, "RaceTests", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed, module.TypeSystem.Object);
        module.Types.Add(type);
        type.Methods.Add(ParallelTest(module, "ManyAtOnce", marked: false));
        type.Methods.Add(ParallelTest(module, "ManyAtOnceMarked", marked: true));

        var output = Directory.CreateDirectory(Path.Combine(folder, "bin", Repository.Configuration, "net10.0")).FullName;
        assembly.Write(Path.Combine(output, name + ".dll"));
    }

    private static MethodDefinition ParallelTest(ModuleDefinition module, string name, bool marked)
    {
        var method = new MethodDefinition(name, MethodAttributes.Public, module.TypeSystem.Void);
        method.CustomAttributes.Add(new CustomAttribute(module.ImportReference(typeof(FactAttribute).GetConstructor(Type.EmptyTypes))));
        if (marked)
        {
            var scope = new AssemblyNameReference("Portal.Testing", new Version(1, 0));
            module.AssemblyReferences.Add(scope);
            var attribute = new TypeReference("Portal.Testing", "DatabaseSensitiveAttribute", module, scope);
            var constructor = new MethodReference(".ctor", module.TypeSystem.Void, attribute) { HasThis = true };
            constructor.Parameters.Add(new ParameterDefinition(module.TypeSystem.String));
            var mark = new CustomAttribute(constructor);
            mark.ConstructorArguments.Add(new CustomAttributeArgument(module.TypeSystem.String, "runs tasks in parallel"));
            method.CustomAttributes.Add(mark);
        }
        var il = method.Body.GetILProcessor();
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Call, module.ImportReference(typeof(Task).GetMethod(nameof(Task.WhenAll), [typeof(Task[])])));
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ret);
        return method;
    }
}
