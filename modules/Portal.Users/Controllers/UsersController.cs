using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

/// <summary>User accounts in the admin: create, assign roles, unlock, reset password.</summary>
[RequirePermission(nameof(Permissions.ManageUsers))]
[Route("admin/users")]
internal sealed class UsersController(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    IUnitOfWork unitOfWork) : Controller
{
    private const string AdministratorsLock = "Users.Administrators";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rows = new List<UserRow>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync())
            rows.Add(new UserRow(user.Id, user.UserName!, user.DisplayName, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user)));
        return View(rows);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => View("Edit", await PageAsync(new UserForm(), lockedOut: false));

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserForm form)
    {
        form.Normalize();
        if (string.IsNullOrWhiteSpace(form.UserName) || form.UserName.Trim().Length > UserForm.MaxNameLength)
            ModelState.AddModelError(nameof(form.UserName), $"请填写用户名（不超过 {UserForm.MaxNameLength} 个字符）。");
        if (string.IsNullOrEmpty(form.Password))
            ModelState.AddModelError(nameof(form.Password), "请为新用户设置初始密码。");
        await ValidateAsync(form);
        if (!ModelState.IsValid)
            return await Invalid(form);

        var user = new PortalUser { UserName = form.UserName!.Trim(), DisplayName = form.DisplayName?.Trim() ?? "", CreatedUtc = DateTime.UtcNow, MustChangePassword = true };
        var created = await users.CreateAsync(user, form.Password!);
        if (!AddErrors(created, nameof(form.Password)))
            return await Invalid(form);
        await users.AddToRolesAsync(user, form.Roles);
        TempData["Success"] = $"已创建用户 “{user.UserName}”，首次登录时须修改密码。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        var form = new UserForm { Id = user.Id, UserName = user.UserName, DisplayName = user.DisplayName, Roles = [.. await users.GetRolesAsync(user)], ConcurrencyStamp = user.ConcurrencyStamp };
        return View(await PageAsync(form, await users.IsLockedOutAsync(user)));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserForm form)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        form.Id = id;
        form.UserName = user.UserName;
        form.Normalize();
        if (form.ConcurrencyStamp != user.ConcurrencyStamp)
            ModelState.AddModelError("", "该用户已被他人修改，您的修改未保存。请刷新页面后重试。");
        else if (!User.IsInRole(RoleNames.Administrator) && await users.IsInRoleAsync(user, RoleNames.Administrator))
            ModelState.AddModelError("", "只有系统管理员可以修改系统管理员的账号。");
        await ValidateAsync(form);
        if (ModelState.IsValid && !string.IsNullOrEmpty(form.Password))
            foreach (var validator in users.PasswordValidators)
                AddErrors(await validator.ValidateAsync(users, user, form.Password), nameof(form.Password));
        if (!ModelState.IsValid)
            return await Invalid(form, await users.IsLockedOutAsync(user));

        // Name, roles and password change together or not at all; the last administrator stays one.
        var saved = await unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(AdministratorsLock, ct);
            if (!form.Roles.Contains(RoleNames.Administrator) && await IsLastAdministratorAsync(user))
                return false;
            user.DisplayName = form.DisplayName?.Trim() ?? "";
            if (!string.IsNullOrEmpty(form.Password))
            {
                user.MustChangePassword = true;
                Check(await users.RemovePasswordAsync(user));
                Check(await users.AddPasswordAsync(user, form.Password));
            }
            Check(await users.UpdateAsync(user));
            var current = await users.GetRolesAsync(user);
            Check(await users.RemoveFromRolesAsync(user, current.Except(form.Roles)));
            Check(await users.AddToRolesAsync(user, form.Roles.Except(current)));
            // Signs the user out of other sessions, so removed roles stop working at once.
            Check(await users.UpdateSecurityStampAsync(user));
            return true;
        });
        if (!saved)
        {
            ModelState.AddModelError(nameof(form.Roles), "不能取消最后一位系统管理员的管理员角色。");
            return await Invalid(form, await users.IsLockedOutAsync(user));
        }
        TempData["Success"] = $"已保存用户 “{user.UserName}”。";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Success"] = $"已解锁 “{user.UserName}”。";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>What create and edit check alike: lengths, roles that exist, and no granting of administrator by a non-administrator.</summary>
    private async Task ValidateAsync(UserForm form)
    {
        if ((form.DisplayName?.Trim().Length ?? 0) > UserForm.MaxNameLength)
            ModelState.AddModelError(nameof(form.DisplayName), $"姓名不超过 {UserForm.MaxNameLength} 个字。");
        foreach (var name in form.Roles)
        {
            if (RoleNames.IsImplicit(name) || !await roles.RoleExistsAsync(name))
                ModelState.AddModelError(nameof(form.Roles), "所选角色不存在。");
            else if (name == RoleNames.Administrator && !User.IsInRole(RoleNames.Administrator))
                ModelState.AddModelError(nameof(form.Roles), "只有系统管理员可以授予系统管理员角色。");
        }
    }

    private async Task<bool> IsLastAdministratorAsync(PortalUser user)
        => await users.IsInRoleAsync(user, RoleNames.Administrator)
           && (await users.GetUsersInRoleAsync(RoleNames.Administrator)).Count == 1;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
    }

    private bool AddErrors(IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Code.Contains("UserName") ? nameof(UserForm.UserName) : field, error.Description);
        return result.Succeeded;
    }

    private async Task<IActionResult> Invalid(UserForm form, bool lockedOut = false)
    {
        form.Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await PageAsync(form, lockedOut));
    }

    private async Task<UserEditPage> PageAsync(UserForm form, bool lockedOut)
        => new(form, (await roles.Roles.OrderBy(r => r.Name).ToListAsync()).Where(r => !RoleNames.IsImplicit(r.Name!)).ToList(), lockedOut);
}
