using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Volunteers.Models;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.Certificates;

/// <summary>The register of issued certificates and the form that issues one (出具志愿服务记录证明).</summary>
[RequirePermission(nameof(Permissions.IssueCertificates))]
[Route(CertificateUrls.AdminPrefix)]
internal sealed class VolunteerCertificatesController(CertificateIssuer issuer, TimeProvider clock) : Controller
{
    [HttpGet("", Name = CertificateUrls.AdminIndex)]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
        => View(new CertificateIndexPage(q, await issuer.ListAsync(User, q, cancellationToken)));

    /// <summary>Looks the volunteer up and shows what the certificate would say, with the organization filled in from their unit.</summary>
    [HttpGet("issue")]
    public async Task<IActionResult> Issue(string? number, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var form = new CertificateForm { VolunteerNumber = number, PeriodFrom = from, PeriodTo = to };
        if (string.IsNullOrWhiteSpace(number))
            return View(new CertificateIssuePage(form, null));

        var volunteer = await issuer.FindVolunteerAsync(User, number, cancellationToken);
        if (volunteer is null)
        {
            ModelState.AddModelError(nameof(form.VolunteerNumber), $"找不到编号为 “{number.Trim()}” 的志愿者，或该志愿者不在您的管理范围内。");
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(new CertificateIssuePage(form, null));
        }
        // The current year up to today unless a period is given.
        var today = ChinaTime.Today(clock);
        form.PeriodFrom ??= new DateOnly(today.Year, 1, 1);
        form.PeriodTo ??= today;
        var summary = form.PeriodFrom <= form.PeriodTo
            ? await issuer.SummarizeAsync(volunteer, form.PeriodFrom.Value, form.PeriodTo.Value, cancellationToken)
            : null;
        form.VolunteerNumber = volunteer.Number;
        var unit = summary?.Unit ?? await issuer.UnitOfAsync(volunteer, cancellationToken);
        form.IssuingOrganization = unit?.Name;
        form.Contact = unit?.ContactPhone;
        return View(new CertificateIssuePage(form, summary));
    }

    [HttpPost("issue")]
    public async Task<IActionResult> Issue(CertificateForm form, CancellationToken cancellationToken)
    {
        var result = await issuer.IssueAsync(User, form.ToRequest(), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
                ModelState.AddModelError(field, message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var volunteer = await issuer.FindVolunteerAsync(User, form.VolunteerNumber, cancellationToken);
            ServiceSummary? summary = null;
            if (volunteer is not null && form.PeriodFrom is { } f && form.PeriodTo is { } t && f <= t)
                summary = await issuer.SummarizeAsync(volunteer, f, t, cancellationToken);
            return View(new CertificateIssuePage(form, summary));
        }
        var certificate = result.Certificate!;
        TempData["Success"] = $"已出具志愿服务记录证明 {certificate.Number}（{CertificateText.Hours(certificate.Hours)} 小时）。证明免费出具，可打印交给志愿者。";
        return RedirectToRoute(CertificateUrls.AdminIndex);
    }
}

internal sealed class CertificateForm
{
    public string? VolunteerNumber { get; set; }

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public string? IssuingOrganization { get; set; }

    public string? ResponsiblePerson { get; set; }

    public string? HandlingOfficer { get; set; }

    public string? Contact { get; set; }

    public CertificateRequest ToRequest()
        => new(VolunteerNumber, PeriodFrom, PeriodTo, IssuingOrganization, ResponsiblePerson, HandlingOfficer, Contact);
}

internal sealed record CertificateIndexPage(string? Search, IReadOnlyList<Certificate> Certificates);

internal sealed record CertificateIssuePage(CertificateForm Form, ServiceSummary? Summary);
