using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Admin.ViewModels;

namespace Portal.Admin.Controllers;

[RequirePermission(nameof(Permissions.AccessAdmin))]
[Route("admin")]
internal sealed class DashboardController(IAdminMenu menu) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
        => View(new DashboardPage(User.Identity?.Name ?? "", await menu.BuildAsync(User)));
}
