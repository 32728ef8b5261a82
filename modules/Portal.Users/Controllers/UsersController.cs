using Microsoft.AspNetCore.Authorization;
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
[Authorize]
[Route("admin/users")]
internal sealed class UsersController(
    IAuthorizationService authorization,
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    IUnitOfWork unitOfWork) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageUsers))
            return Forbid();
        var rows = new List<UserRow>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync())
            rows.Add(new UserRow(user.Id, user.UserName!, user.DisplayName, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user)));
        return View(rows);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create()
        => await authorization.AuthorizeAsync(User, Permissions.ManageUsers)
            ? View("Edit", await PageAsync(new UserForm(), lockedOut: false))
            : Forbid();

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserForm form)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageUsers))
            return Forbid();
        if (string.IsNullOrWhiteSpace(form.UserName))
            ModelState.AddModelError(nameof(form.UserName), "请填写用户名。");
        if (string.IsNullOrEmpty(form.Password))
            ModelState.AddModelError(nameof(form.Password), "请为新用户设置初始密码。");
        if (!await RolesExistAsync(form.Roles))
            ModelState.AddModelError(nameof(form.Roles), "所选角色不存在。");
        if (!ModelState.IsValid)
            return await Invalid(form);

        var user = new PortalUser { UserName = form.UserName!.Trim(), DisplayName = form.DisplayName?.Trim() ?? "", CreatedUtc = DateTime.UtcNow, MustChangePassword = true };
        var created = await users.CreateAsync(user, form.Password!);
        if (!AddErrors(created, nameof(form.Password)))
            return await Invalid(form);
        await users.AddToRolesAsync(user, form.Roles.Distinct());
        TempData["Success"] = $"已创建用户 “{user.UserName}”，首次登录时须修改密码。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageUsers))
            return Forbid();
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        var form = new UserForm { Id = user.Id, UserName = user.UserName, DisplayName = user.DisplayName, Roles = [.. await users.GetRolesAsync(user)], ConcurrencyStamp = user.ConcurrencyStamp };
        return View(await PageAsync(form, await users.IsLockedOutAsync(user)));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserForm form)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageUsers))
            return Forbid();
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        form.Id = id;
        form.UserName = user.UserName;
        if (form.ConcurrencyStamp != user.ConcurrencyStamp)
            ModelState.AddModelError("", "该用户已被他人修改，您的修改未保存。请刷新页面后重试。");
        else if (!await RolesExistAsync(form.Roles))
            ModelState.AddModelError(nameof(form.Roles), "所选角色不存在。");
        else if (!form.Roles.Contains(RoleNames.Administrator) && await IsLastAdministratorAsync(user))
            ModelState.AddModelError(nameof(form.Roles), "不能取消最后一位系统管理员的管理员角色。");
        if (!ModelState.IsValid)
            return await Invalid(form, await users.IsLockedOutAsync(user));

        if (!string.IsNullOrEmpty(form.Password))
            foreach (var validator in users.PasswordValidators)
                AddErrors(await validator.ValidateAsync(users, user, form.Password), nameof(form.Password));
        if (!ModelState.IsValid)
            return await Invalid(form, await users.IsLockedOutAsync(user));

        // Name, roles and password change together or not at all.
        await unitOfWork.ExecuteAsync(async _ =>
        {
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
            Check(await users.AddToRolesAsync(user, form.Roles.Distinct().Except(current)));
        });
        TempData["Success"] = $"已保存用户 “{user.UserName}”。";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageUsers))
            return Forbid();
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Success"] = $"已解锁 “{user.UserName}”。";
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> RolesExistAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
            if (RoleNames.IsImplicit(name) || !await roles.RoleExistsAsync(name))
                return false;
        return true;
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
