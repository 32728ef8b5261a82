using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Validation;
using Portal.Organization.Contracts;
using Portal.Organization.Data;
using Portal.Organization.Models;

namespace Portal.Organization.Services;

/// <summary>What a form or recipe asks a unit to be.</summary>
internal sealed record UnitInput(string? Code, string? Name, UnitKind Kind, int? ParentId, string? Address, string? ContactName, string? ContactPhone, int SortOrder);

/// <summary>The saved unit, or the problems by field name; nothing is saved when there are problems.</summary>
internal sealed record UnitResult(Unit? Unit, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static UnitResult Fail(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}

/// <summary>
/// Changes the unit tree, keeping it a tree: one center, each level under a higher one, no cycles.
/// Every change checks and writes under one lock, so concurrent changes cannot together break the rules.
/// </summary>
internal sealed partial class UnitService(OrganizationDbContext db, IUnitOfWork unitOfWork)
{
    private const string TreeLock = "Organization.UnitTree";

    public Task<UnitResult> CreateAsync(UnitInput input, CancellationToken cancellationToken = default)
        => UnderTreeLockAsync(ct => CreateCoreAsync(input, ct), cancellationToken);

    /// <summary>Updates a unit; refused when <paramref name="expectedVersion"/> is no longer current (someone else saved first).</summary>
    public Task<UnitResult> UpdateAsync(int id, int expectedVersion, UnitInput input, CancellationToken cancellationToken = default)
        => UnderTreeLockAsync(ct => UpdateCoreAsync(id, expectedVersion, input, ct), cancellationToken);

    /// <summary>Deletes a unit that has no sub-units and no staff; returns the problem, or null when done.</summary>
    public Task<string?> DeleteAsync(int id, CancellationToken cancellationToken = default)
        => UnderTreeLockAsync(ct => DeleteCoreAsync(id, ct), cancellationToken);

    private Task<T> UnderTreeLockAsync<T>(Func<CancellationToken, Task<T>> change, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(TreeLock, ct);
            return await change(ct);
        }, cancellationToken);

    private async Task<UnitResult> CreateCoreAsync(UnitInput input, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(null, input, cancellationToken);
        if (errors.Count > 0)
            return new(null, errors);

        var unit = new Unit { Code = input.Code!.Trim(), Name = input.Name!.Trim(), Version = 1 };
        Apply(unit, input);
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return new(unit, errors);
    }

    private async Task<UnitResult> UpdateCoreAsync(int id, int expectedVersion, UnitInput input, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
            return UnitResult.Fail("", "单位不存在。");
        if (unit.Version != expectedVersion)
            return UnitResult.Fail("", StaleMessage);

        var errors = await ValidateAsync(unit, input, cancellationToken);
        if (errors.Count > 0)
            return new(null, errors);

        unit.Name = input.Name!.Trim();
        Apply(unit, input);
        db.Entry(unit).Property(u => u.Version).OriginalValue = expectedVersion;
        unit.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return UnitResult.Fail("", StaleMessage);
        }
        return new(unit, errors);
    }

    private async Task<string?> DeleteCoreAsync(int id, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
            return "单位不存在。";
        if (await db.Units.AnyAsync(u => u.ParentId == id, cancellationToken))
            return $"“{unit.Name}” 还有下级单位，请先删除或移走它们。";
        if (await db.Staff.AnyAsync(s => s.UnitId == id, cancellationToken))
            return $"“{unit.Name}” 还有工作人员，请先取消他们的分配。";
        db.Units.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public Task<Unit?> FindAsync(int id, CancellationToken cancellationToken = default)
        => db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public const string StaleMessage = "该单位已被他人修改，您的修改未保存。请刷新页面查看最新内容后重试。";

    private static void Apply(Unit unit, UnitInput input)
    {
        unit.Kind = input.Kind;
        unit.ParentId = input.Kind == UnitKind.Center ? null : input.ParentId;
        unit.Address = input.Address?.Trim() ?? "";
        unit.ContactName = input.ContactName?.Trim() ?? "";
        unit.ContactPhone = PhoneNumbers.Normalize(input.ContactPhone);
        unit.SortOrder = input.SortOrder;
    }

    private async Task<Dictionary<string, string>> ValidateAsync(Unit? existing, UnitInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (existing is null)
        {
            var code = input.Code?.Trim() ?? "";
            if (!CodePattern().IsMatch(code))
                errors[nameof(UnitInput.Code)] = "单位代码须为 2–32 位字母、数字或连字符（如 JY-XG-01）。";
            else if (await db.Units.AnyAsync(u => u.Code == code, cancellationToken))
                errors[nameof(UnitInput.Code)] = $"单位代码 “{code}” 已被使用。";
        }
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 64)
            errors[nameof(UnitInput.Name)] = "请填写单位名称（不超过 64 个字）。";
        if (!Enum.IsDefined(input.Kind))
            errors[nameof(UnitInput.Kind)] = "单位类型无效。";
        if (PhoneNumbers.Check(input.ContactPhone, PhoneKinds.Any, "联系电话").Error is { } phoneError)
            errors[nameof(UnitInput.ContactPhone)] = phoneError;
        if ((input.Address?.Length ?? 0) > 200)
            errors[nameof(UnitInput.Address)] = "地址不超过 200 个字。";
        if ((input.ContactName?.Length ?? 0) > 32)
            errors[nameof(UnitInput.ContactName)] = "联系人不超过 32 个字。";

        var parentError = await ValidatePlacementAsync(existing, input, cancellationToken);
        if (parentError is not null)
            errors[nameof(UnitInput.ParentId)] = parentError;
        return errors;
    }

    private async Task<string?> ValidatePlacementAsync(Unit? existing, UnitInput input, CancellationToken cancellationToken)
    {
        if (input.Kind == UnitKind.Center)
        {
            var otherCenter = await db.Units.AnyAsync(u => u.Kind == UnitKind.Center && u.Id != (existing == null ? 0 : existing.Id), cancellationToken);
            return otherCenter ? "只能有一个新时代文明实践中心。" : null;
        }
        if (input.ParentId is not { } parentId)
            return $"{input.Kind.ToChinese()}必须有上级单位。";

        var parent = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken);
        if (parent is null)
            return "上级单位不存在。";

        if (existing is not null)
        {
            if (parentId == existing.Id || await IsDescendantAsync(parentId, existing.Id, cancellationToken))
                return $"不能把 “{existing.Name}” 移到它自己或它的下级单位 “{parent.Name}” 之下。";
            var childKinds = await db.Units.Where(u => u.ParentId == existing.Id).Select(u => u.Kind).ToListAsync(cancellationToken);
            if (childKinds.Any(k => k <= input.Kind))
                return $"“{existing.Name}” 的下级单位级别不低于{input.Kind.ToChinese()}，不能改为该类型。";
        }
        return parent.Kind < input.Kind ? null : $"{input.Kind.ToChinese()}不能设在{parent.Kind.ToChinese()} “{parent.Name}” 之下。";
    }

    /// <summary>True when <paramref name="unitId"/> lies below <paramref name="ancestorId"/>.</summary>
    private async Task<bool> IsDescendantAsync(int unitId, int ancestorId, CancellationToken cancellationToken)
    {
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        for (int? current = parents.GetValueOrDefault(unitId); current is not null; current = parents.GetValueOrDefault(current.Value))
            if (current == ancestorId)
                return true;
        return false;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{1,31}$")]
    private static partial Regex CodePattern();
}
