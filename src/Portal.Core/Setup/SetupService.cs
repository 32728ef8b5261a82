using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Core.Recipes;
using Portal.Core.Security;

namespace Portal.Core.Setup;

/// <summary>The outcome of first-run setup: the admin account and, when generated, its one-time password.</summary>
public sealed record SetupResult(string AdminUserName, string? GeneratedPassword);

/// <summary>
/// Sets up an empty site once: built-in roles, the setup recipe, the administrator. It all commits
/// together, so a failed setup leaves an empty database that the next start sets up again.
/// </summary>
public sealed class SetupService(
    IConfiguration configuration,
    ISettingsStore settings,
    IUnitOfWork unitOfWork,
    RoleService roles,
    RecipeFiles recipes,
    RecipeExecutor executor,
    UserManager<PortalUser> users)
{
    private const string SetupKey = "Setup";
    public const string DefaultRecipe = "jiangyin-pilot";
    public const string AdminUserName = "admin";

    public async Task<bool> IsSetUpAsync(CancellationToken cancellationToken = default)
        => await settings.GetAsync<SetupRecord>(SetupKey, cancellationToken) is not null;

    /// <summary>Sets up the site unless another node did it first (it waits for that node's setup to finish); null then.</summary>
    public async Task<SetupResult?> SetUpAsync(CancellationToken cancellationToken = default)
    {
        var recipeName = configuration["Portal:Setup:Recipe"] ?? DefaultRecipe;
        var recipe = recipes.Find(recipeName)
            ?? throw new InvalidOperationException($"找不到安装配方 “{recipeName}”（{recipes.Folder}）。");
        var configured = configuration["PORTAL_ADMIN_PASSWORD"];
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;

        var done = await unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(SetupKey, ct);
            if (await IsSetUpAsync(ct))
                return false;
            await roles.EnsureBuiltInAsync(ct);
            await executor.ExecuteAsync(recipe, ct);

            var admin = new PortalUser
            {
                UserName = AdminUserName,
                DisplayName = "系统管理员",
                CreatedUtc = DateTime.UtcNow,
                MustChangePassword = string.IsNullOrEmpty(configured),
            };
            Check(await users.CreateAsync(admin, password));
            Check(await users.AddToRoleAsync(admin, RoleNames.Administrator));
            await settings.SetAsync(SetupKey, new SetupRecord(recipe.Name, DateTime.UtcNow), ct);
            return true;
        }, cancellationToken);

        return done ? new SetupResult(AdminUserName, string.IsNullOrEmpty(configured) ? password : null) : null;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("创建管理员失败：" + string.Join("；", result.Errors.Select(e => e.Description)));
    }

    /// <summary>16 characters from an alphabet without look-alikes, with every class the password rules demand.</summary>
    private static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "#%+-=@";
        var chars = RandomNumberGenerator.GetItems<char>(lower + upper + digits, 12).ToList();
        chars.Add(RandomNumberGenerator.GetItems<char>(lower, 1)[0]);
        chars.Add(RandomNumberGenerator.GetItems<char>(upper, 1)[0]);
        chars.Add(RandomNumberGenerator.GetItems<char>(digits, 1)[0]);
        chars.Add(RandomNumberGenerator.GetItems<char>(symbols, 1)[0]);
        var array = chars.ToArray();
        RandomNumberGenerator.Shuffle<char>(array);
        return new string(array);
    }

    private sealed record SetupRecord(string Recipe, DateTime CompletedUtc);
}
