using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Teams;

/// <summary>What a form asks a team to be. The unit is fixed once the team exists.</summary>
internal sealed record TeamInput(string? Name, int UnitId, int? ParentId, TeamLevel Level, string? Field, string? Description);

/// <summary>The saved team, or the problems by field name; nothing is saved when there are problems.</summary>
internal sealed record TeamResult(Team? Team, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static TeamResult Fail(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}

/// <summary>Told, inside the unit of work, that what the public sees of a team may have changed (e.g. to index it).</summary>
internal interface ITeamChangeObserver
{
    void TeamChanged(int teamId);
}

/// <summary>
/// Changes teams and their members, keeping the nesting 总队 → 大队 → 分队: a child one level below its parent, the
/// parent in the same unit or a unit above, no cycles. Checks and writes run under one lock so concurrent edits
/// cannot together break the rules. Callers check the staff member's unit scope first.
/// </summary>
internal sealed class TeamService(
    VolunteersDbContext db,
    IUnitOfWork unitOfWork,
    IUnitDirectory units,
    IEnumerable<ITeamChangeObserver> observers,
    IFeatureState features,
    TimeProvider clock)
{
    private const string Lock = "Volunteers.Teams";

    public Task<Team?> FindAsync(int id, CancellationToken cancellationToken = default)
        => db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task<TeamResult> CreateAsync(TeamInput input, CancellationToken cancellationToken = default)
        => UnderLockAsync(async ct =>
        {
            var errors = await ValidateAsync(null, input, ct);
            if (errors.Count > 0)
                return new TeamResult(null, errors);
            var team = new Team { UnitId = input.UnitId, CreatedUtc = clock.GetUtcNow().UtcDateTime };
            Apply(team, input);
            db.Teams.Add(team);
            await db.SaveChangesAsync(ct);
            Notify(team.Id);
            return new TeamResult(team, errors);
        }, cancellationToken);

    public Task<TeamResult> UpdateAsync(int id, TeamInput input, CancellationToken cancellationToken = default)
        => UnderLockAsync(async ct =>
        {
            var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ct);
            if (team is null)
                return TeamResult.Fail("", "服务队不存在。");
            var errors = await ValidateAsync(team, input with { UnitId = team.UnitId }, ct);
            if (errors.Count > 0)
                return new TeamResult(null, errors);
            Apply(team, input);
            await db.SaveChangesAsync(ct);
            Notify(team.Id);
            return new TeamResult(team, errors);
        }, cancellationToken);

    /// <summary>Deletes a team without sub-teams, with its member list; returns the problem, or null when done.</summary>
    public Task<string?> DeleteAsync(int id, CancellationToken cancellationToken = default)
        => UnderLockAsync(async ct =>
        {
            var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ct);
            if (team is null)
                return "服务队不存在。";
            var children = await db.Teams.Where(t => t.ParentId == id).Select(t => t.Name).ToListAsync(ct);
            if (children.Count > 0)
                return $"“{team.Name}” 还有下级服务队（{string.Join("、", children)}），请先删除或移走它们。";
            await db.TeamMembers.Where(m => m.TeamId == id).ExecuteDeleteAsync(ct);
            db.Teams.Remove(team);
            await db.SaveChangesAsync(ct);
            Notify(id);
            return (string?)null;
        }, cancellationToken);

    /// <summary>
    /// Adds the approved volunteer numbered <paramref name="number"/> from the team's unit or a unit below it;
    /// returns the problem, or null when done. A volunteer elsewhere is "not found", so nothing leaks about other units.
    /// </summary>
    public Task<string?> AddMemberAsync(int teamId, string? number, bool leader, CancellationToken cancellationToken = default)
        => UnderLockAsync(async ct =>
        {
            var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, ct);
            if (team is null)
                return "服务队不存在。";
            var trimmed = number?.Trim() ?? "";
            if (trimmed.Length == 0)
                return "请填写志愿者编号。";
            var scope = await units.UnitAndBelowAsync(team.UnitId, ct);
            var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Number == trimmed, ct);
            if (volunteer is null || !scope.Contains(volunteer.UnitId))
                return $"没有找到编号为 “{trimmed}” 的本单位志愿者（服务队只能吸收本单位及下级单位的志愿者）。";
            if (volunteer.Status != VolunteerStatus.Approved)
                return $"志愿者 {volunteer.Number} 尚未通过审核，审核通过后才能加入服务队。";
            if (await db.TeamMembers.AnyAsync(m => m.TeamId == teamId && m.VolunteerId == volunteer.Id, ct))
                return $"志愿者 {volunteer.Number} 已是 “{team.Name}” 的队员。";
            db.TeamMembers.Add(new TeamMember
            {
                TeamId = teamId, VolunteerId = volunteer.Id, IsLeader = leader, JoinedUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            return (string?)null;
        }, cancellationToken);

    public async Task<bool> RemoveMemberAsync(int teamId, int volunteerId, CancellationToken cancellationToken = default)
        => await db.TeamMembers.Where(m => m.TeamId == teamId && m.VolunteerId == volunteerId).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task<bool> SetLeaderAsync(int teamId, int volunteerId, bool leader, CancellationToken cancellationToken = default)
        => await db.TeamMembers.Where(m => m.TeamId == teamId && m.VolunteerId == volunteerId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.IsLeader, leader), cancellationToken) > 0;

    private Task<T> UnderLockAsync<T>(Func<CancellationToken, Task<T>> change, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(Lock, ct);
            return await change(ct);
        }, cancellationToken);

    private void Notify(int teamId)
    {
        // An observer of a switched-off feature (e.g. search) is not told.
        foreach (var observer in features.Enabled(observers))
            observer.TeamChanged(teamId);
    }

    private static void Apply(Team team, TeamInput input)
    {
        team.Name = input.Name!.Trim();
        team.ParentId = input.ParentId;
        team.Level = input.Level;
        team.Field = input.Field?.Trim() ?? "";
        team.Description = input.Description?.Trim() ?? "";
    }

    private async Task<Dictionary<string, string>> ValidateAsync(Team? existing, TeamInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > 64)
            errors[nameof(TeamInput.Name)] = "请填写服务队名称（不超过 64 个字）。";
        if ((input.Field?.Trim().Length ?? 0) > 32)
            errors[nameof(TeamInput.Field)] = "服务领域不超过 32 个字。";
        if ((input.Description?.Trim().Length ?? 0) > 2000)
            errors[nameof(TeamInput.Description)] = "简介不超过 2000 个字。";
        if (!Enum.IsDefined(input.Level))
            errors[nameof(TeamInput.Level)] = "服务队层级无效。";

        if (await units.FindAsync(input.UnitId, cancellationToken) is null)
        {
            errors[nameof(TeamInput.UnitId)] = "请选择服务队所属的单位。";
            return errors;
        }
        if (name.Length > 0 && await db.Teams.AnyAsync(t => t.UnitId == input.UnitId && t.Name == name && t.Id != (existing == null ? 0 : existing.Id), cancellationToken))
            errors[nameof(TeamInput.Name)] = $"本单位已有名为 “{name}” 的服务队。";

        if (existing is not null && input.Level != existing.Level && await db.Teams.AnyAsync(t => t.ParentId == existing.Id, cancellationToken))
            errors[nameof(TeamInput.Level)] = $"“{existing.Name}” 下设有服务队，不能更改它的层级。";

        if (input.ParentId is { } parentId && Enum.IsDefined(input.Level))
        {
            var parent = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == parentId, cancellationToken);
            if (parent is null)
                errors[nameof(TeamInput.ParentId)] = "上级服务队不存在。";
            else if (parent.Level == TeamLevel.Squad)
                errors[nameof(TeamInput.ParentId)] = $"“{parent.Name}” 是分队，分队下不能再设服务队。";
            else if (input.Level != parent.Level + 1)
                errors[nameof(TeamInput.Level)] = $"上级 “{parent.Name}” 是{parent.Level.ToChinese()}，下设的服务队应为{(parent.Level + 1).ToChinese()}。";
            else if (!(await units.UnitAndAboveAsync(input.UnitId, cancellationToken)).Contains(parent.UnitId))
                errors[nameof(TeamInput.ParentId)] = $"上级服务队 “{parent.Name}” 须属于本单位或上级单位。";
            else if (existing is not null && await IsSelfOrBelowAsync(existing.Id, parent.Id, cancellationToken))
                errors[nameof(TeamInput.ParentId)] = "不能把服务队放在它自己或它的下级服务队之下。";
        }
        return errors;
    }

    /// <summary>Is <paramref name="candidate"/> the team or one of its descendants (walking up from the candidate)?</summary>
    private async Task<bool> IsSelfOrBelowAsync(int teamId, int candidate, CancellationToken cancellationToken)
    {
        var parents = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.ParentId }).ToDictionaryAsync(t => t.Id, t => t.ParentId, cancellationToken);
        var seen = new HashSet<int>();
        for (int? id = candidate; id is { } current && seen.Add(current); id = parents.GetValueOrDefault(current))
        {
            if (current == teamId)
                return true;
        }
        return false;
    }
}

internal static class TeamLevelNames
{
    public static string ToChinese(this TeamLevel level) => level switch
    {
        TeamLevel.Corps => "总队",
        TeamLevel.Brigade => "大队",
        _ => "分队",
    };
}
