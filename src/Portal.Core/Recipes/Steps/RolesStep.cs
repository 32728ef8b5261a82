using Portal.Abstractions.Recipes;
using Portal.Core.Security;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// <c>{ "name": "roles", "roles": [ { "name": "Staff", "description": "...", "permissions": [...] } ] }</c>:
/// creates missing roles (with their default permissions) and, when <c>permissions</c> is given, sets them.
/// </summary>
internal sealed class RolesStep(RoleService roles, RolePermissions rolePermissions, PermissionCatalog permissions) : IRecipeStepHandler
{
    public string StepName => "roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        var known = permissions.AllNames();
        for (var i = 0; i < step.Roles.Count; i++)
        {
            var entry = step.Roles[i];
            if (RoleService.NameProblem(entry.Name) is { } problem)
                throw context.Error($"$.roles[{i}].name", problem);
            if (RoleService.DescriptionProblem(entry.Description) is { } tooLong)
                throw context.Error($"$.roles[{i}].description", tooLong);
            for (var j = 0; j < entry.Permissions?.Count; j++)
                if (entry.Permissions[j] is not { } name || !known.Contains(name))
                    throw context.Error($"$.roles[{i}].permissions[{j}]", $"未知的权限 “{entry.Permissions[j]}”。");

            var role = await roles.EnsureAsync(entry.Name.Trim(), entry.Description, cancellationToken);
            if (entry.Permissions is not null)
                await rolePermissions.SetAsync(role, entry.Permissions!, cancellationToken);
        }
    }

    private sealed record Model(string Name, IReadOnlyList<RoleEntry> Roles);

    private sealed record RoleEntry(string Name, string? Description = null, IReadOnlyList<string?>? Permissions = null);
}
