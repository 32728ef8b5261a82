using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Security;

/// <summary>Limits on what the public may post (sign-in now; registrations and orders later), per client address.</summary>
public static class RateLimits
{
    /// <summary>The policy for public writes: <c>[EnableRateLimiting(RateLimits.PublicWrites)]</c>.</summary>
    public const string PublicWrites = Portal.Abstractions.Security.RateLimitPolicies.PublicWrites;

    public const int DefaultPublicWritesPerMinute = 30;

    internal static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Portal:RateLimits:PublicWritesPerMinute", DefaultPublicWritesPerMinute);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicWrites, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
