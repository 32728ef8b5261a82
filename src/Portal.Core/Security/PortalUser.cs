using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Security;

public sealed class PortalUser : IdentityUser
{
    /// <summary>The name shown in the admin (e.g. 张三); the user name is for signing in.</summary>
    public string DisplayName { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Set for a generated one-time password: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }
}

public sealed class PortalRole : IdentityRole
{
    public string Description { get; set; } = "";
}
