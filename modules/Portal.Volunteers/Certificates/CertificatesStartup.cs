using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Volunteers.Certificates;

/// <summary>Registers certificates and their verification.</summary>
internal static class CertificatesStartup
{
    public static IServiceCollection AddCertificates(this IServiceCollection services) => services
        .AddScoped<CertificateIssuer>()
        .AddSingleton<CertificateQrCode>();

    public static void MapCertificates(this IEndpointRouteBuilder endpoints) => endpoints.MapCertificateEndpoints();
}
