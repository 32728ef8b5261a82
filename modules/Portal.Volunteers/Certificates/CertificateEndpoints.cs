using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Volunteers.Data;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Certificates;

/// <summary>
/// <c>/volunteers/certificates/{id}</c>: the printable certificate, for its holder and for staff who may issue for them;
/// <c>/volunteers/certificates/verify/{code}</c>: the public page its QR code opens.
/// </summary>
internal static class CertificateEndpoints
{
    public static void MapCertificateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/volunteers/certificates");

        group.MapGet("/{id:int}", async (int id, HttpContext http, VolunteersDbContext db, VolunteerAccess access,
                IAuthorizationService authorization, CertificateQrCode qr, CancellationToken ct) =>
            {
                var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
                if (certificate is null)
                    return Results.NotFound();
                var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
                var holder = await db.Volunteers.AnyAsync(v => v.Id == certificate.VolunteerId && v.UserId == userId, ct);
                var staff = !holder
                    && await authorization.AuthorizeAsync(http.User, Permissions.IssueCertificates)
                    && await access.FindAsync(http.User, certificate.VolunteerId, ct) is not null;
                // Someone else's certificate does not exist, as far as this user can tell.
                if (!holder && !staff)
                    return Results.NotFound();

                http.Response.Headers.CacheControl = "no-store";
                var page = CertificatePrintPage.Of(certificate, qr.VerifyAddress(certificate.VerificationCode), holder);
                return Pages.Render("VolunteerCertificate", page, $"志愿服务记录证明 {certificate.Number}");
            })
            .RequireAuthorization()
            .WithName(CertificateUrls.Print);

        group.MapGet("/verify/{code}", async (string code, VolunteersDbContext db, CancellationToken ct) =>
            {
                var value = code.Trim().ToUpperInvariant();
                var certificate = value.Length is > 0 and <= 32
                    ? await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.VerificationCode == value, ct)
                    : null;
                return certificate is null
                    ? new PageResult(new Shape("VolunteerCertificateVerify", CertificateVerifyPage.NotFound), "证明核验", StatusCodes.Status404NotFound)
                    : Pages.Render("VolunteerCertificateVerify", CertificateVerifyPage.Of(certificate), "证明核验");
            })
            .WithName(CertificateUrls.Verify);
    }
}
