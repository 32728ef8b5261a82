using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.Certificates;

/// <summary>What staff fill in to issue a certificate; blanks of the organization take the volunteer's unit.</summary>
internal sealed record CertificateRequest(
    string? VolunteerNumber,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    string? IssuingOrganization,
    string? ResponsiblePerson,
    string? HandlingOfficer,
    string? Contact);

/// <summary>The approved service of a volunteer in a period: what a certificate of it would say.</summary>
internal sealed record ServiceSummary(Volunteer Volunteer, UnitInfo? Unit, decimal Hours, string Content, int Entries);

internal sealed record IssueResult(Certificate? Certificate, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Certificate is not null;

    public static IssueResult Fail(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}

/// <summary>
/// Issues 志愿服务记录证明 (《志愿服务记录与证明出具办法》): free of charge, for the approved hours of a period as the
/// ledger holds them at the time (reversals included), numbered <c>{center code}-{year}-{000001}</c> per year, each with
/// a random verification code for its QR code. Staff issue only for volunteers in their unit scope.
/// </summary>
internal sealed class CertificateIssuer(
    VolunteersDbContext db,
    VolunteerAccess access,
    IUnitDirectory units,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    /// <summary>The lock that orders numbering; the unique index on the number is the last guard.</summary>
    public const string NumberLock = "Volunteers.CertificateNumber";

    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The volunteer with this number within the user's scope, or null (the same answer whether absent or out of scope).</summary>
    public async Task<Volunteer?> FindVolunteerAsync(ClaimsPrincipal user, string? number, CancellationToken cancellationToken)
    {
        var value = (number ?? "").Trim().ToUpperInvariant();
        if (value.Length == 0)
            return null;
        var visible = await access.VisibleAsync(user, cancellationToken);
        return await visible.AsNoTracking().FirstOrDefaultAsync(v => v.Number.ToUpper() == value, cancellationToken);
    }

    public Task<UnitInfo?> UnitOfAsync(Volunteer volunteer, CancellationToken cancellationToken) => units.FindAsync(volunteer.UnitId, cancellationToken);

    /// <summary>Approved hours (reversals included) and the distinct service contents of the period.</summary>
    public async Task<ServiceSummary> SummarizeAsync(Volunteer volunteer, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // Summed here, not in SQL: SQLite cannot aggregate decimals.
        var entries = await db.HoursEntries.AsNoTracking()
            .Where(e => e.VolunteerId == volunteer.Id && e.Status == HoursStatus.Approved && e.ServiceDate >= from && e.ServiceDate <= to)
            .OrderBy(e => e.ServiceDate).ThenBy(e => e.Id)
            .Select(e => new { e.Hours, e.Content })
            .ToListAsync(cancellationToken);
        var content = string.Join("、", entries.Select(e => e.Content.Trim()).Where(c => c.Length > 0).Distinct());
        if (content.Length > 2000)
            content = content[..1999] + "…";
        return new ServiceSummary(volunteer, await units.FindAsync(volunteer.UnitId, cancellationToken), entries.Sum(e => e.Hours), content, entries.Count);
    }

    public async Task<IssueResult> IssueAsync(ClaimsPrincipal user, CertificateRequest request, CancellationToken cancellationToken)
    {
        var volunteer = await FindVolunteerAsync(user, request.VolunteerNumber, cancellationToken);
        if (volunteer is null)
            return IssueResult.Fail(nameof(request.VolunteerNumber), string.IsNullOrWhiteSpace(request.VolunteerNumber)
                ? "请填写志愿者编号。"
                : $"找不到编号为 “{request.VolunteerNumber!.Trim()}” 的志愿者，或该志愿者不在您的管理范围内。");

        var errors = new Dictionary<string, string>();
        var today = ChinaTime.Today(clock);
        if (request.PeriodFrom is null)
            errors[nameof(request.PeriodFrom)] = "请选择服务期间的起始日期。";
        if (request.PeriodTo is null)
            errors[nameof(request.PeriodTo)] = "请选择服务期间的截止日期。";
        else if (request.PeriodTo > today)
            errors[nameof(request.PeriodTo)] = "截止日期不能晚于今天。";
        if (request.PeriodFrom > request.PeriodTo)
            errors[nameof(request.PeriodFrom)] = "起始日期不能晚于截止日期。";
        Require(errors, nameof(request.ResponsiblePerson), request.ResponsiblePerson, 64, "请填写出具单位负责人。", "负责人");
        Require(errors, nameof(request.HandlingOfficer), request.HandlingOfficer, 64, "请填写经办人。", "经办人");
        Require(errors, nameof(request.Contact), request.Contact, 100, "请填写联系方式。", "联系方式");
        if ((request.IssuingOrganization ?? "").Trim().Length > 100)
            errors[nameof(request.IssuingOrganization)] = "出具单位名称不能超过 100 个字。";
        if (errors.Count > 0)
            return new IssueResult(null, errors);

        var summary = await SummarizeAsync(volunteer, request.PeriodFrom!.Value, request.PeriodTo!.Value, cancellationToken);
        if (summary.Entries == 0 || summary.Hours <= 0)
            return IssueResult.Fail(nameof(request.PeriodFrom), "该志愿者在所选期间没有审核通过的服务时长，无法出具记录证明。");

        var organization = (request.IssuingOrganization ?? "").Trim() is { Length: > 0 } given ? given : summary.Unit?.Name ?? "";
        var prefix = $"{await NumberingCodeAsync(volunteer.UnitId, cancellationToken)}-{today.Year}-";
        var issuedBy = user.Identity?.Name ?? "";

        var certificate = await unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(NumberLock, ct);
            // Fixed-width sequence: the greatest number of the year is the last one.
            var last = await db.Certificates.AsNoTracking()
                .Where(c => c.Number.StartsWith(prefix))
                .OrderByDescending(c => c.Number)
                .Select(c => c.Number)
                .FirstOrDefaultAsync(ct);
            var sequence = last is not null && int.TryParse(last[prefix.Length..], out var n) ? n + 1 : 1;
            var issued = new Certificate
            {
                Number = $"{prefix}{sequence:D6}",
                VerificationCode = NewVerificationCode(),
                VolunteerId = volunteer.Id,
                RealName = volunteer.RealName,
                IdType = volunteer.IdType,
                IdNumberMasked = volunteer.IdNumberMasked,
                VolunteerNumber = volunteer.Number,
                PeriodFrom = request.PeriodFrom.Value,
                PeriodTo = request.PeriodTo.Value,
                Hours = summary.Hours,
                ServiceContent = summary.Content,
                IssuingOrganization = organization,
                ResponsiblePerson = request.ResponsiblePerson!.Trim(),
                HandlingOfficer = request.HandlingOfficer!.Trim(),
                Contact = request.Contact!.Trim(),
                IssuedOn = today,
                IssuedBy = issuedBy,
            };
            db.Certificates.Add(issued);
            await db.SaveChangesAsync(ct);
            return issued;
        }, cancellationToken);
        return new IssueResult(certificate, new Dictionary<string, string>());
    }

    /// <summary>The certificates of the volunteers in the user's scope, newest first.</summary>
    public async Task<IReadOnlyList<Certificate>> ListAsync(ClaimsPrincipal user, string? search, CancellationToken cancellationToken)
    {
        var visible = (await access.VisibleAsync(user, cancellationToken)).Select(v => v.Id);
        var query = db.Certificates.AsNoTracking().Where(c => visible.Contains(c.VolunteerId));
        if ((search ?? "").Trim().ToUpperInvariant() is { Length: > 0 } text)
            query = query.Where(c => c.Number.ToUpper().Contains(text) || c.VolunteerNumber.ToUpper().Contains(text));
        return await query.OrderByDescending(c => c.Id).Take(500).ToListAsync(cancellationToken);
    }

    /// <summary>80 random bits as 16 base32 characters: unguessable, and easy to read out or type.</summary>
    public static string NewVerificationCode()
    {
        Span<char> code = stackalloc char[16];
        for (var i = 0; i < code.Length; i++)
            code[i] = Base32[RandomNumberGenerator.GetInt32(Base32.Length)];
        return new string(code);
    }

    /// <summary>The code of the center above the volunteer's unit (one register per county); the unit's own code when it has no center.</summary>
    private async Task<string> NumberingCodeAsync(int unitId, CancellationToken cancellationToken)
    {
        var tree = await units.GetTreeAsync(cancellationToken);
        var above = tree.UnitAndAbove(unitId);
        if (above.Count == 0)
            return "ZYFW";
        var byId = tree.ToDictionary(u => u.Id);
        var (own, top) = (byId[above[0]], byId[above[^1]]);
        return (top.Kind == UnitKind.Center ? top : own).Code;
    }

    private static void Require(Dictionary<string, string> errors, string field, string? value, int max, string missing, string label)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
            errors[field] = missing;
        else if (text.Length > max)
            errors[field] = $"{label}不能超过 {max} 个字。";
    }
}
