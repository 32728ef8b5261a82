namespace Portal.Abstractions.Security;

/// <summary>The built-in roles. Endpoints never test these: they demand permissions.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Contributor = "Contributor";
    public const string Staff = "Staff";
    public const string Volunteer = "Volunteer";
    /// <summary>Every visitor, signed in or not.</summary>
    public const string Anonymous = "Anonymous";
    /// <summary>Every signed-in user.</summary>
    public const string Authenticated = "Authenticated";

    public static IReadOnlyList<string> BuiltIn { get; } =
        [Administrator, Editor, Author, Contributor, Staff, Volunteer, Anonymous, Authenticated];

    /// <summary>Roles every user has implicitly; they cannot be assigned or deleted.</summary>
    public static bool IsImplicit(string role) => role is Anonymous or Authenticated;
}
