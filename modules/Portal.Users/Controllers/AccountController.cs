using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Core.Security;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

/// <summary>Sign-in with lockout after repeated failures, sign-out, and changing one's password.</summary>
[Route("account")]
internal sealed class AccountController(SignInManager<PortalUser> signIn, UserManager<PortalUser> users) : Controller
{
    private const string AfterLogin = "/admin";

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [EnableRateLimiting(RateLimits.PublicWrites)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password))
            return Refuse(form, "请输入用户名和密码。");

        var user = await users.FindByNameAsync(form.UserName.Trim());
        if (user is null)
            return Refuse(form, "用户名或密码不正确。");

        var result = await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return Refuse(form, "登录失败次数过多，账号已被暂时锁定。请 15 分钟后再试，或联系管理员解锁。");
        if (!result.Succeeded)
            return Refuse(form, "用户名或密码不正确。");

        if (user.MustChangePassword)
            return RedirectToAction(nameof(ChangePassword));
        return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : AfterLogin);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [Authorize]
    [HttpGet("change-password")]
    public async Task<IActionResult> ChangePassword()
        => View(new ChangePasswordForm { Required = (await users.GetUserAsync(User))?.MustChangePassword == true });

    [Authorize]
    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        form.Required = user.MustChangePassword;

        if (string.IsNullOrEmpty(form.CurrentPassword) || string.IsNullOrEmpty(form.NewPassword))
            ModelState.AddModelError("", "请填写当前密码和新密码。");
        else if (form.NewPassword != form.ConfirmPassword)
            ModelState.AddModelError(nameof(form.ConfirmPassword), "两次输入的新密码不一致。");
        else
        {
            var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            if (result.Succeeded)
            {
                user.MustChangePassword = false;
                await users.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
                TempData["Success"] = "密码已修改。";
                return LocalRedirect(AfterLogin);
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    private ViewResult Refuse(LoginForm form, string message)
    {
        ModelState.AddModelError("", message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        form.Password = null;
        return View(nameof(Login), form);
    }
}
