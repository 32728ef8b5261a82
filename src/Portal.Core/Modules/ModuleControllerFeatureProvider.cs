using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Portal.Core.Modules;

/// <summary>
/// Finds controllers that are internal to their module too: a module's only public surface is its
/// <c>Contracts</c>, so its controllers, services and view models stay internal.
/// </summary>
internal sealed class ModuleControllerFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo)
        => typeInfo.IsClass
           && !typeInfo.IsAbstract
           && !typeInfo.ContainsGenericParameters
           && !typeInfo.IsDefined(typeof(NonControllerAttribute))
           && typeof(ControllerBase).IsAssignableFrom(typeInfo)
           && typeInfo.Name.EndsWith("Controller", StringComparison.Ordinal);
}
