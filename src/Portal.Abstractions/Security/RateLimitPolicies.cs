namespace Portal.Abstractions.Security;

/// <summary>The engine's rate-limit policies, by name, for modules' endpoints (<c>.RequireRateLimiting(...)</c>).</summary>
public static class RateLimitPolicies
{
    /// <summary>What the public may post (sign-in, registrations, orders), per client address and minute.</summary>
    public const string PublicWrites = "public-writes";
}
