using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Abstractions.Validation;
using Portal.Activities.Contracts;
using Portal.Media.Contracts;
using Portal.Organization.Contracts;
using Portal.Resources.Data;
using Portal.Resources.Models;

namespace Portal.Resources.Services;

/// <summary>The saved resource, or the problems by field name; nothing is saved when there are problems.</summary>
internal sealed record ResourceResult(Resource? Resource, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ResourceResult Fail(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}

/// <summary>Told, inside the unit of work, that what the public sees of a resource may have changed (e.g. to index it).</summary>
internal interface IResourceChangeObserver
{
    void ResourceChanged(int resourceId);
}

/// <summary>What a valid input says, ready to apply to a resource (the contact already encrypted and masked).</summary>
internal sealed record ResourceValues(
    string Name, int UnitId, string Kind, List<string> Platforms, Ownership Ownership, string OwnerOrganization,
    (string Protected, string Masked)? ContactName, (string Protected, string Masked)? ContactPhone, string AgreementTerms,
    DateOnly? AgreementStarts, DateOnly? AgreementEnds, int? Capacity, List<string> OpeningHours, string Address, string Facilities,
    List<string> Photos, ResourceStatus Status, bool IsPublic)
{
    public void ApplyTo(Resource r, DateTime now)
    {
        r.Name = Name;
        r.UnitId = UnitId;
        r.Kind = Kind;
        r.Platforms = Platforms;
        r.Ownership = Ownership;
        r.OwnerOrganization = OwnerOrganization;
        if (Ownership == Ownership.Owned)
        {
            (r.ContactNameProtected, r.ContactNameMasked, r.ContactPhoneProtected, r.ContactPhoneMasked) = ("", "", "", "");
        }
        if (ContactName is { } name)
            (r.ContactNameProtected, r.ContactNameMasked) = name;
        if (ContactPhone is { } phone)
            (r.ContactPhoneProtected, r.ContactPhoneMasked) = phone;
        r.AgreementTerms = AgreementTerms;
        r.AgreementStarts = AgreementStarts;
        r.AgreementEnds = AgreementEnds;
        r.Capacity = Capacity;
        r.OpeningHours = OpeningHours;
        r.Address = Address;
        r.Facilities = Facilities;
        r.Photos = Photos;
        r.Status = Status;
        r.IsPublic = IsPublic;
        r.UpdatedUtc = now;
    }

    /// <summary>Whether applying would change nothing the resource holds (the contact compared by its decrypted value).</summary>
    public bool Matches(Resource r, IPersonalDataVault vault, string? contactName, string? contactPhone)
        => r.Name == Name && r.UnitId == UnitId && r.Kind == Kind && r.Platforms.SequenceEqual(Platforms) && r.Ownership == Ownership
           && r.OwnerOrganization == OwnerOrganization && r.AgreementTerms == AgreementTerms && r.AgreementStarts == AgreementStarts
           && r.AgreementEnds == AgreementEnds && r.Capacity == Capacity && r.OpeningHours.SequenceEqual(OpeningHours) && r.Address == Address
           && r.Facilities == Facilities && r.Photos.SequenceEqual(Photos) && r.Status == Status && r.IsPublic == IsPublic
           && (ContactName is null || Same(r.ContactNameProtected, contactName, vault))
           && (ContactPhone is null || Same(r.ContactPhoneProtected, contactPhone, vault))
           && (Ownership == Ownership.Available || r.ContactNameProtected.Length == 0 && r.ContactPhoneProtected.Length == 0);

    private static bool Same(string stored, string? value, IPersonalDataVault vault)
        => stored.Length > 0 && value is not null && vault.Unprotect(stored) == value;
}

/// <summary>
/// Creates and edits resources under the rules of the inventory; reads an owner's contact in full with its audit row.
/// Callers check the staff member's unit scope first.
/// </summary>
internal sealed class ResourceService(
    ResourcesDbContext db,
    IUnitOfWork unitOfWork,
    IUnitDirectory units,
    ISettingsStore settings,
    IActivityCatalog catalog,
    IPersonalDataVault vault,
    IEnumerable<IResourceChangeObserver> observers,
    IFeatureState features,
    ILibraryImages images,
    TimeProvider clock)
{
    public const string StaleMessage = "资源已被他人修改，您的修改未保存。请重新打开后再编辑。";
    public const int MaxCapacity = 100_000;
    public const int MaxPhotos = 12;

    public Task<Resource?> FindAsync(int id, CancellationToken cancellationToken = default)
        => db.Resources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<ResourceSettings> SettingsAsync(CancellationToken cancellationToken = default)
        => await settings.GetAsync<ResourceSettings>(ResourceSettings.Key, cancellationToken) ?? new ResourceSettings();

    public IReadOnlyList<PlatformInfo> Platforms => catalog.Platforms;

    /// <summary>The platform's Chinese name (文化服务平台) from its key; the key itself when unknown.</summary>
    public string PlatformName(string key) => catalog.Platforms.FirstOrDefault(p => p.Key == key)?.Name ?? key;

    /// <summary>A platform's key from its key or name, with or without 平台 (文化服务, 文化服务平台, Culture); null when none.</summary>
    public string? PlatformKey(string text)
    {
        var clean = text.Trim();
        return catalog.Platforms.FirstOrDefault(p => string.Equals(p.Key, clean, StringComparison.OrdinalIgnoreCase) || p.Name == clean
            || p.Name == clean + "平台")?.Key;
    }

    public async Task<ResourceResult> CreateAsync(ResourceInput input, CancellationToken cancellationToken = default)
    {
        var (values, errors) = await ValidateAsync(input, null, cancellationToken);
        if (values is null)
            return new ResourceResult(null, errors);
        return await unitOfWork.ExecuteAsync(async ct =>
        {
            if (await db.Resources.AnyAsync(r => r.UnitId == values.UnitId && r.Name == values.Name, ct))
                return ResourceResult.Fail(nameof(input.Name), $"本单位已有名为“{values.Name}”的资源。");
            var now = clock.GetUtcNow().UtcDateTime;
            var resource = new Resource { CreatedUtc = now };
            values.ApplyTo(resource, now);
            db.Resources.Add(resource);
            await db.SaveChangesAsync(ct);
            Notify(resource.Id);
            return new ResourceResult(resource, errors);
        }, cancellationToken);
    }

    /// <summary>Saves an edit made from <see cref="ResourceInput.Version"/>; the unit stays.</summary>
    public async Task<ResourceResult> UpdateAsync(int id, ResourceInput input, CancellationToken cancellationToken = default)
    {
        var existing = await FindAsync(id, cancellationToken);
        if (existing is null)
            return ResourceResult.Fail("", "资源不存在。");
        input.UnitId = existing.UnitId.ToString(CultureInfo.InvariantCulture);
        var (values, errors) = await ValidateAsync(input, existing, cancellationToken);
        if (values is null)
            return new ResourceResult(null, errors);
        return await unitOfWork.ExecuteAsync(async ct =>
        {
            var resource = await db.Resources.FirstAsync(r => r.Id == id, ct);
            if (!Guid.TryParse(input.Version, out var version) || version != resource.Version)
                return ResourceResult.Fail("", StaleMessage);
            if (await db.Resources.AnyAsync(r => r.Id != id && r.UnitId == values.UnitId && r.Name == values.Name, ct))
                return ResourceResult.Fail(nameof(input.Name), $"本单位已有名为“{values.Name}”的资源。");
            values.ApplyTo(resource, clock.GetUtcNow().UtcDateTime);
            resource.Version = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return ResourceResult.Fail("", StaleMessage);
            }
            Notify(id);
            return new ResourceResult(resource, new Dictionary<string, string>());
        }, cancellationToken);
    }

    /// <summary>Tells the observers (search) inside the caller's unit of work.</summary>
    public void Notify(int resourceId)
    {
        foreach (var observer in features.Enabled(observers))
            observer.ResourceChanged(resourceId);
    }

    private string Reveal(string protectedValue) => protectedValue.Length == 0 ? "" : vault.Unprotect(protectedValue);

    /// <summary>Reads an input against the rules; the values to apply, or the messages by field.</summary>
    public async Task<(ResourceValues? Values, Dictionary<string, string> Errors)> ValidateAsync(ResourceInput input, Resource? existing,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var lists = await SettingsAsync(cancellationToken);

        var name = Clean(input.Name);
        if (name.Length == 0 || name.Length > 100)
            errors[nameof(input.Name)] = "请填写资源名称（不超过 100 个字）。";

        UnitInfo? unit = null;
        if (!int.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            || (unit = await units.FindAsync(unitId, cancellationToken)) is null)
            errors[nameof(input.UnitId)] = "请选择资源所在的单位。";

        var kind = Clean(input.Kind);
        if (!lists.Kinds.Contains(kind) && kind != existing?.Kind)
            errors[nameof(input.Kind)] = kind.Length == 0 ? "请选择资源类别。" : $"没有“{Clip(kind, 32)}”这个资源类别（类别可在“资源类别”中增加）。";

        var platforms = new List<string>();
        foreach (var text in input.Platforms.SelectMany(SplitList).Distinct())
        {
            if (PlatformKey(text) is { } key)
            {
                if (!platforms.Contains(key))
                    platforms.Add(key);
            }
            else
            {
                errors[nameof(input.Platforms)] = $"“{Clip(text, 20)}”不是五大平台之一（理论宣讲、教育服务、文化服务、科技与科普服务、健身体育）。";
                break;
            }
        }
        if (platforms.Count == 0 && !errors.ContainsKey(nameof(input.Platforms)))
            errors[nameof(input.Platforms)] = "请至少选择一个服务平台（五大平台之一）。";
        platforms = catalog.Platforms.Select(p => p.Key).Where(platforms.Contains).ToList();

        var ownership = ResourceNames.ParseOwnership(input.Ownership);
        if (ownership is null)
            errors[nameof(input.Ownership)] = "请选择权属：自有，或可用（属于其他单位、可以为我所用）。";

        var owner = "";
        (string, string)? contactName = null, contactPhone = null;
        DateOnly? starts = null, ends = null;
        var terms = "";
        if (ownership == Ownership.Available)
        {
            owner = Clean(input.OwnerOrganization);
            if (owner.Length == 0 || owner.Length > 100)
                errors[nameof(input.OwnerOrganization)] = "可用资源请填写权属单位（不超过 100 个字）。";

            var nameText = Clean(input.ContactName);
            var keepName = existing is { ContactNameProtected.Length: > 0 } && (nameText.Length == 0 || nameText == existing.ContactNameMasked);
            if (!keepName)
            {
                if (nameText.Length == 0 || nameText.Length > 20)
                    errors[nameof(input.ContactName)] = "可用资源请填写权属方联系人姓名（不超过 20 个字）。";
                else
                    contactName = (vault.Protect(nameText), PersonalDataMask.Name(nameText));
            }
            var phoneText = string.Concat((input.ContactPhone ?? "").Where(c => !char.IsWhiteSpace(c)));
            var keepPhone = existing is { ContactPhoneProtected.Length: > 0 } && (phoneText.Length == 0 || phoneText == existing.ContactPhoneMasked.Replace(" ", ""));
            if (!keepPhone)
            {
                var phone = PhoneNumbers.Check(input.ContactPhone, PhoneKinds.Any, "联系电话");
                if (phone.Empty)
                    errors[nameof(input.ContactPhone)] = "可用资源请填写权属方联系电话。";
                else if (phone.Error is { } phoneError)
                    errors[nameof(input.ContactPhone)] = phoneError;
                else
                    contactPhone = (vault.Protect(phone.Number), PersonalDataMask.Phone(phone.Number));
            }

            terms = (input.AgreementTerms ?? "").Trim();
            if (terms.Length > 2000)
                errors[nameof(input.AgreementTerms)] = "协议条款不超过 2000 个字。";
            starts = ResourceInput.ParseDate(input.AgreementStarts);
            ends = ResourceInput.ParseDate(input.AgreementEnds);
            if (Clean(input.AgreementStarts).Length > 0 && starts is null)
                errors[nameof(input.AgreementStarts)] = "协议开始日期的格式不正确，如 2026-01-01。";
            if (ends is null)
                errors[nameof(input.AgreementEnds)] = Clean(input.AgreementEnds).Length == 0
                    ? "可用资源请填写使用协议的到期日期。"
                    : "协议到期日期的格式不正确，如 2027-12-31。";
            else if (starts is not null && ends < starts)
                errors[nameof(input.AgreementEnds)] = "协议到期日期不能早于开始日期。";
        }

        int? capacity = null;
        var capacityText = Clean(input.Capacity);
        if (capacityText.Length > 0)
        {
            if (!int.TryParse(capacityText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c) || c < 0)
                errors[nameof(input.Capacity)] = "容纳人数应为 0 或正整数；不适用请留空。";
            else if (c > MaxCapacity)
                errors[nameof(input.Capacity)] = $"容纳人数不超过 {MaxCapacity}。";
            else
                capacity = c;
        }

        var hours = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var ranges = OpeningHours.Parse(i < input.Hours.Count ? input.Hours[i] : "");
            if (ranges is null)
            {
                errors[$"Hours[{i}]"] = $"{ResourceNames.Weekdays[i]}的开放时间格式不正确，如 08:30-11:30,14:00-17:00；不开放请留空。";
                hours.Add("");
            }
            else
            {
                hours.Add(OpeningHours.Format(ranges));
            }
        }

        var address = Clean(input.Address);
        if (address.Length > 200)
            errors[nameof(input.Address)] = "地址不超过 200 个字。";
        var facilities = (input.Facilities ?? "").Trim();
        if (facilities.Length > 1000)
            errors[nameof(input.Facilities)] = "设施不超过 1000 个字。";

        var photos = SplitList(input.Photos).ToList();
        if (photos.Count > MaxPhotos)
            errors[nameof(input.Photos)] = $"照片最多 {MaxPhotos} 张。";
        else
        {
            foreach (var photo in photos)
            {
                if (await images.ProblemAsync(photo, $"照片 “{Clip(photo, 60)}”", cancellationToken) is { } problem)
                {
                    errors[nameof(input.Photos)] = problem;
                    break;
                }
            }
        }

        var status = ResourceNames.ParseStatus(input.Status);
        if (status is null)
            errors[nameof(input.Status)] = "请选择状态：在用、维修中或已停用。";

        if (errors.Count > 0)
            return (null, errors);
        return (new ResourceValues(name, unit!.Id, kind, platforms, ownership!.Value, owner, contactName, contactPhone, terms, starts, ends, capacity,
            hours, address, facilities, photos, status!.Value, input.IsPublic), errors);
    }

    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；', '\n', '\r', '|'];

    public static IEnumerable<string> SplitList(string? text)
        => (text ?? "").Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct();

    private static string Clean(string? value) => (value ?? "").Trim();

    private static string Clip(string value, int length) => value.Length > length ? value[..length] + "…" : value;
}
