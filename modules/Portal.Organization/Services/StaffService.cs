using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Users;
using Portal.Organization.Data;
using Portal.Organization.Models;

namespace Portal.Organization.Services;

/// <summary>A staff member of a unit, for display.</summary>
internal sealed record StaffMember(int AssignmentId, string UserId, string UserName, string DisplayName, DateTime AssignedUtc);

/// <summary>Assigns user accounts to units as their staff.</summary>
internal sealed class StaffService(OrganizationDbContext db, IUserDirectory users)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(int unitId, CancellationToken cancellationToken = default)
    {
        var assignments = await db.Staff.AsNoTracking().Where(s => s.UnitId == unitId).OrderBy(s => s.AssignedUtc).ToListAsync(cancellationToken);
        var accounts = await users.GetByIdsAsync(assignments.Select(a => a.UserId), cancellationToken);
        return assignments
            .Select(a => accounts.TryGetValue(a.UserId, out var u)
                ? new StaffMember(a.Id, a.UserId, u.UserName, u.DisplayName, a.AssignedUtc)
                : new StaffMember(a.Id, a.UserId, "（已删除的账号）", "", a.AssignedUtc))
            .ToList();
    }

    /// <summary>Assigns the account named <paramref name="userName"/>; returns the problem, or null when done.</summary>
    public async Task<string?> AssignAsync(int unitId, string? userName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userName))
            return "请填写要分配的用户名。";
        var user = await users.FindByUserNameAsync(userName, cancellationToken);
        if (user is null)
            return $"用户 “{userName.Trim()}” 不存在。请先在“用户”页面创建账号。";
        if (await db.Staff.AnyAsync(s => s.UnitId == unitId && s.UserId == user.Id, cancellationToken))
            return $"“{user.UserName}” 已是该单位的工作人员。";
        db.Staff.Add(new StaffAssignment { UnitId = unitId, UserId = user.Id, AssignedUtc = DateTime.UtcNow });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a concurrent assignment of the same person.
            db.ChangeTracker.Clear();
            return $"“{user.UserName}” 已是该单位的工作人员。";
        }
        return null;
    }

    public async Task RemoveAsync(int unitId, int assignmentId, CancellationToken cancellationToken = default)
        => await db.Staff.Where(s => s.Id == assignmentId && s.UnitId == unitId).ExecuteDeleteAsync(cancellationToken);
}
