using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Abstractions.Validation;
using Portal.Needs.Data;
using Portal.Needs.Models;
using Portal.Organization.Contracts;
using Portal.Volunteers.Contracts;

namespace Portal.Needs.Services;

/// <summary>The outcome of an order: the messages by field, or the saved need and its private link's token.</summary>
internal sealed record SubmitResult(IReadOnlyDictionary<string, string> Errors, Need? Need = null, string? Token = null)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// The rules of a need's life: 点单 → 审单 → 派单 (or 抢单) → 接单 → done → 评单, or back to the center when a station
/// refuses. Each step checks the status it starts from, bumps the version (so of two people acting at once only the first
/// gets through) and writes its history row in the same save.
/// </summary>
internal sealed class NeedService(NeedsDbContext db, IUnitOfWork unitOfWork, IPersonalDataVault vault, IUnitDirectory units,
    IEnumerable<IVolunteerTeams> teamSources, IFeatureState features, ISettingsStore settings, TimeProvider clock)
{
    public const string StaleMessage = "这条点单刚被他人处理过，您的操作未保存。请刷新页面后重试。";
    public const string TakenMessage = "这条点单已被其他单位抢先接走。";
    public const int MaxReasonLength = 500;

    /// <summary>Who the history names for the requester's order.</summary>
    public const string RequesterActor = "点单人";

    public async Task<NeedSettings> SettingsAsync(CancellationToken cancellationToken = default)
        => await settings.GetAsync<NeedSettings>(NeedSettings.Key, cancellationToken) ?? new NeedSettings();

    /// <summary>The villages and communities a resident may order for.</summary>
    public async Task<IReadOnlyList<UnitInfo>> StationsAsync(CancellationToken cancellationToken = default)
        => (await units.GetTreeAsync(cancellationToken)).Where(u => u.Kind == UnitKind.Station).ToList();

    public async Task<SubmitResult> SubmitAsync(NeedInput input, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var lists = await SettingsAsync(cancellationToken);
        var category = (input.Category ?? "").Trim();
        if (!lists.Categories.Contains(category))
            errors[nameof(input.Category)] = "请从服务类别中选择一项。";
        var title = Text(input.Title, nameof(input.Title), 50, "请填写需求标题。", "需求标题", errors);
        var description = Text(input.Description, nameof(input.Description), 1000, "请填写需求描述：需要什么服务、为多少人、在哪里。", "需求描述", errors);
        var contactName = Text(input.ContactName, nameof(input.ContactName), 20, "请填写联系人姓名。", "联系人姓名", errors);
        var preferred = (input.PreferredTime ?? "").Trim();
        if (preferred.Length > 50)
            errors[nameof(input.PreferredTime)] = "期望服务时间不超过 50 个字。";
        // A mobile only: the requester is told by SMS when the order moves.
        var phoneCheck = PhoneNumbers.Check(input.Phone, PhoneKinds.Mobile, "手机号码");
        if (phoneCheck.Empty)
            errors[nameof(input.Phone)] = "请填写联系人的手机号码。";
        else if (phoneCheck.Error is { } phoneError)
            errors[nameof(input.Phone)] = phoneError;
        var phone = phoneCheck.Number;
        var code = (input.Unit ?? "").Trim();
        var unit = (await StationsAsync(cancellationToken)).FirstOrDefault(u => u.Code == code);
        if (code.Length == 0)
            errors[nameof(input.Unit)] = "请选择需求所在的村（社区）。";
        else if (unit is null)
            errors[nameof(input.Unit)] = "没有这个村（社区），请从列表中选择。";
        if (errors.Count > 0)
            return new SubmitResult(errors);

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        var need = await unitOfWork.ExecuteAsync(async ct =>
        {
            // Numbers count the day's orders; the lock makes two orders of the same second wait for each other.
            await unitOfWork.LockAsync("Needs.Number", ct);
            var prefix = "XQ" + ChinaTime.FromUtc(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";
            var today = await db.Needs.CountAsync(n => n.Number.StartsWith(prefix), ct);
            var need = new Need
            {
                Number = prefix + (today + 1).ToString("D4", CultureInfo.InvariantCulture),
                TokenHash = vault.Hash(token),
                Category = category,
                Title = title,
                Description = description,
                UnitId = unit!.Id,
                ContactNameProtected = vault.Protect(contactName),
                ContactNameMasked = PersonalDataMask.Name(contactName),
                PhoneProtected = vault.Protect(phone),
                PhoneMasked = PersonalDataMask.Phone(phone),
                PreferredTime = preferred,
                Status = NeedStatus.Submitted,
                StatusSinceUtc = now,
                CreatedUtc = now,
            };
            db.Needs.Add(need);
            await db.SaveChangesAsync(ct);
            db.Steps.Add(new NeedStep { NeedId = need.Id, Status = NeedStatus.Submitted, Utc = now, Actor = RequesterActor });
            await db.SaveChangesAsync(ct);
            return need;
        }, cancellationToken);
        return new SubmitResult(errors, need, token);
    }

    public Task<Need?> FindAsync(int id, CancellationToken cancellationToken = default)
        => db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    /// <summary>The need a private link opens, or null for an unknown (or malformed) token.</summary>
    public async Task<Need?> FindByTokenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
            return null;
        var hash = vault.Hash(token);
        return await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.TokenHash == hash, cancellationToken);
    }

    public Task<List<NeedStep>> HistoryAsync(int needId, CancellationToken cancellationToken = default)
        => db.Steps.AsNoTracking().Where(s => s.NeedId == needId).OrderBy(s => s.Utc).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    /// <summary>审单: the center takes it (待派单) or turns it down with a reason only the requester sees.</summary>
    public Task<string?> ReviewAsync(int id, bool approve, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        var why = (reason ?? "").Trim();
        if (!approve && why.Length == 0)
            return Task.FromResult<string?>("不予受理时请填写原因，点单人会看到这段说明。");
        if (why.Length > MaxReasonLength)
            return Task.FromResult<string?>($"原因不超过 {MaxReasonLength} 个字。");
        return StepAsync(id, [NeedStatus.Submitted], approve ? NeedStatus.Approved : NeedStatus.Rejected, "审核", actor, approve ? "受理" : "不予受理",
            need => need.RejectReason = approve ? null : why, cancellationToken);
    }

    /// <summary>派单 to a station.</summary>
    public async Task<string?> DispatchAsync(int id, int unitId, string actor, CancellationToken cancellationToken = default)
    {
        if (await units.FindAsync(unitId, cancellationToken) is not { } unit)
            return "请选择接单的单位。";
        return await StepAsync(id, [NeedStatus.Approved], NeedStatus.Dispatched, "派单", actor, $"派给 {unit.Name}",
            need => Assign(need, unit.Id, null), cancellationToken);
    }

    /// <summary>The volunteer teams a need can go to; none while the volunteers module is off.</summary>
    public IVolunteerTeams? Teams => features.Enabled(teamSources).FirstOrDefault();

    /// <summary>派单 to a volunteer team: the staff of the team's unit accept or refuse for it, and its figures count it.</summary>
    public async Task<string?> DispatchToTeamAsync(int id, int teamId, string actor, CancellationToken cancellationToken = default)
    {
        if (Teams is not { } teams || await teams.FindAsync(teamId, cancellationToken) is not { } team)
            return "请选择接单的志愿服务队伍。";
        var unit = await units.FindAsync(team.UnitId, cancellationToken);
        return await StepAsync(id, [NeedStatus.Approved], NeedStatus.Dispatched, "派单", actor, $"派给 {team.Name}（{unit?.Name}）",
            need => Assign(need, team.UnitId, team), cancellationToken);
    }

    private static void Assign(Need need, int? unitId, TeamInfo? team)
    {
        need.AssignedUnitId = unitId;
        need.AssignedTeamId = team?.Id;
        need.AssignedTeamName = team?.Name;
    }

    /// <summary>Publishes it for the stations to take (抢单).</summary>
    public Task<string?> PublishAsync(int id, string actor, CancellationToken cancellationToken = default)
        => StepAsync(id, [NeedStatus.Approved], NeedStatus.Published, "发布抢单", actor, "发布抢单", need => Assign(need, null, null), cancellationToken);

    /// <summary>抢单: the first station wins; the others are told it is gone.</summary>
    public async Task<string?> TakeAsync(int id, int unitId, string actor, CancellationToken cancellationToken = default)
    {
        if (await units.FindAsync(unitId, cancellationToken) is not { } unit)
            return "请选择接单的单位。";
        var problem = await StepAsync(id, [NeedStatus.Published], NeedStatus.Dispatched, "抢单", actor, $"{unit.Name} 抢单",
            need => Assign(need, unit.Id, null), cancellationToken);
        return problem == StaleMessage || (problem is not null && (await FindAsync(id, cancellationToken))?.Status != NeedStatus.Published) ? TakenMessage : problem;
    }

    /// <summary>接单: how the station will serve it, as an activity (its address) or directly.</summary>
    public Task<string?> AcceptAsync(int id, string? kind, string? link, string? note, string actor, CancellationToken cancellationToken = default)
    {
        var how = (note ?? "").Trim();
        var url = (link ?? "").Trim();
        string? problem = null;
        if (!Enum.TryParse<ServiceKind>(kind, out var serviceKind) || !Enum.IsDefined(serviceKind) || int.TryParse(kind, out _))
            problem = "请选择服务方式：组织志愿服务活动，或直接上门服务。";
        else if (serviceKind == ServiceKind.Activity && !IsActivityLink(url))
            problem = "以活动方式服务时，请填写活动页面的地址（如 /activities/12）。";
        else if (serviceKind == ServiceKind.Direct && how.Length == 0)
            problem = "直接服务时，请说明服务安排（时间、人员、内容）。";
        else if (how.Length > 1000 || url.Length > 500)
            problem = "服务安排不超过 1000 个字，活动地址不超过 500 个字符。";
        if (problem is not null)
            return Task.FromResult<string?>(problem);
        return StepAsync(id, [NeedStatus.Dispatched], NeedStatus.Accepted, "接单", actor, serviceKind.ToChinese(), need =>
        {
            need.ServiceKind = serviceKind;
            need.ServiceLink = serviceKind == ServiceKind.Activity ? url : null;
            need.ServiceNote = how;
        }, cancellationToken);
    }

    /// <summary>拒单: back to the center (待派单) for another dispatch, with the reason in the history.</summary>
    public Task<string?> RefuseAsync(int id, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        var why = (reason ?? "").Trim();
        if (why.Length == 0)
            return Task.FromResult<string?>("拒单时请填写原因，中心据此重新派单。");
        if (why.Length > MaxReasonLength)
            return Task.FromResult<string?>($"原因不超过 {MaxReasonLength} 个字。");
        return StepAsync(id, [NeedStatus.Dispatched], NeedStatus.Approved, "拒单", actor, "拒单：" + why, need => Assign(need, null, null), cancellationToken);
    }

    public Task<string?> CompleteAsync(int id, string actor, CancellationToken cancellationToken = default)
        => StepAsync(id, [NeedStatus.Accepted], NeedStatus.Done, "标记完成", actor, "服务完成", _ => { }, cancellationToken);

    /// <summary>评单 through the private link: once, and only after the service is done.</summary>
    public async Task<string?> RateAsync(string token, string? rating, string? comment, CancellationToken cancellationToken = default)
    {
        var found = await FindByTokenAsync(token, cancellationToken);
        if (found is null)
            return "没有找到这条点单。";
        if (found.Rating is not null)
            return "您已经评价过了，每条点单只能评价一次。";
        if (found.Status != NeedStatus.Done)
            return "服务完成后才能评价。目前这条点单的状态是“" + found.Status.ToChinese() + "”。";
        if (!int.TryParse(rating, NumberStyles.None, CultureInfo.InvariantCulture, out var stars) || stars is < 1 or > 5)
            return "请选择 1 至 5 星的评分。";
        var text = (comment ?? "").Trim();
        if (text.Length > 500)
            return "评价内容不超过 500 个字。";
        var need = await db.Needs.FirstAsync(n => n.Id == found.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        need.Rating = stars;
        need.RatingComment = text;
        need.RatedUtc = now;
        need.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return "您已经评价过了，每条点单只能评价一次。";
        }
    }

    private async Task<string?> StepAsync(int id, NeedStatus[] from, NeedStatus to, string verb, string actor, string note, Action<Need> change,
        CancellationToken cancellationToken)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (need is null)
            return "没有这条点单。";
        if (!from.Contains(need.Status))
        {
            db.ChangeTracker.Clear();
            return $"这条点单现在是“{need.Status.ToChinese()}”，不能{verb}。";
        }
        var now = clock.GetUtcNow().UtcDateTime;
        change(need);
        need.Status = to;
        need.StatusSinceUtc = now;
        need.Version++;
        db.Steps.Add(new NeedStep { NeedId = id, Status = to, Utc = now, Actor = actor, Note = note });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return StaleMessage;
        }
    }

    private static bool IsActivityLink(string url)
        => url.Length is > 0 and <= 500 && (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    private static string Text(string? value, string field, int max, string missing, string label, Dictionary<string, string> errors)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
            errors[field] = missing;
        else if (text.Length > max)
            errors[field] = $"{label}不超过 {max} 个字。";
        return text;
    }
}
