using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Core.Data;

namespace Portal.Core.Security;

/// <summary>
/// Reads personal data in full for every module: the permission checked, the values decrypted and the audit row saved in
/// one unit of work (joining the caller's when there is one), so a read that fails writes no row and a row that cannot be
/// written reveals nothing.
/// </summary>
internal sealed class PersonalDataReads(
    CoreDbContext db,
    IUnitOfWork unitOfWork,
    IPersonalDataVault vault,
    IAuthorizationService authorization,
    IHttpContextAccessor http,
    TimeProvider clock) : IPersonalDataReads
{
    public async Task<PersonalDataShown?> ReadAsync(ClaimsPrincipal reader, PersonalDataRequest request, CancellationToken cancellationToken = default)
    {
        if (!await authorization.AuthorizeAsync(reader, request.Permission))
            return null;

        var protectedFields = request.Fields.Where(f => f.IsProtected).Select(f => f.Name).ToList();
        if (protectedFields.Count == 0)
            throw new ArgumentException("A full read names at least one protected field.", nameof(request));

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            var shown = request.Fields
                .Select(f => new PersonalDataShownField(f.Name, f.Label, f.CssClass, !f.IsProtected || f.Value.Length == 0 ? f.Value : vault.Unprotect(f.Value)))
                .ToList();
            var context = http.HttpContext;
            db.PersonalDataReads.Add(new PersonalDataReadRecord
            {
                RecordKind = request.RecordKind,
                RecordId = request.RecordId,
                Fields = string.Join(',', protectedFields),
                ReaderUserId = reader.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
                ReaderName = Clip(reader.Identity?.Name ?? "", PersonalDataReadRecord.MaxNameLength),
                Utc = clock.GetUtcNow().UtcDateTime,
                RemoteAddress = context?.Connection.RemoteIpAddress?.ToString() ?? "",
                Source = context is null ? "" : Clip($"{context.Request.Method} {context.Request.Path}", PersonalDataReadRecord.MaxSourceLength),
            });
            await db.SaveChangesAsync(ct);
            return new PersonalDataShown(request.RecordKind, request.RecordId, shown);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<PersonalDataReadEntry>> ListAsync(string recordKind, string recordId, int take = 50, CancellationToken cancellationToken = default)
    {
        var rows = await db.PersonalDataReads.AsNoTracking()
            .Where(r => r.RecordKind == recordKind && r.RecordId == recordId)
            .OrderByDescending(r => r.Utc).ThenByDescending(r => r.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PersonalDataReadEntry(r.Id, r.RecordKind, r.RecordId,
            r.Fields.Split(',', StringSplitOptions.RemoveEmptyEntries), r.ReaderUserId, r.ReaderName, r.Utc, r.RemoteAddress, r.Source)).ToList();
    }

    private static string Clip(string value, int length) => value.Length > length ? value[..length] : value;
}

/// <summary>One audited full read of personal data, of any module's record (<c>Core_PersonalDataReads</c>).</summary>
public sealed class PersonalDataReadRecord
{
    public const int MaxKindLength = 64;
    public const int MaxNameLength = 256;
    public const int MaxSourceLength = 256;

    public long Id { get; set; }

    /// <summary>The module's name for the kind of record: <c>Volunteers.Volunteer</c>, <c>Needs.Need</c>, <c>Resources.Resource</c>.</summary>
    public string RecordKind { get; set; } = "";

    public string RecordId { get; set; } = "";

    /// <summary>The names of the fields revealed, comma-separated.</summary>
    public string Fields { get; set; } = "";

    public string ReaderUserId { get; set; } = "";

    public string ReaderName { get; set; } = "";

    public DateTime Utc { get; set; }

    /// <summary>The reader's IP address; empty for reads recorded before it was kept.</summary>
    public string RemoteAddress { get; set; } = "";

    /// <summary>The request that read (<c>POST /admin/volunteers/12/personal-data</c>); empty for reads recorded before it was kept.</summary>
    public string Source { get; set; } = "";
}
