using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Abstractions.Users;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.Registration;

/// <summary>
/// Registers a volunteer and their account in one unit of work: the checks, then under the registration lock the
/// one-person-once check by keyed hash, the account, the volunteer number of the unit, the row with its personal
/// data protected. Nothing is saved unless all of it is.
/// </summary>
internal sealed class RegistrationService(
    VolunteersDbContext db,
    IUnitOfWork unitOfWork,
    IPersonalDataVault vault,
    IAccountRegistrar accounts,
    IUnitDirectory units,
    ISettingsStore settingsStore,
    TimeProvider clock)
{
    public const string RegisterLock = "Volunteers.Register";

    /// <summary>The refusal of a second registration: the same for everyone, so it tells nobody whose the number is.</summary>
    public const string DuplicateMessage = "该证件号码已经注册过志愿者，如需找回账号请联系所在实践站。";

    public const int MaxUserNameLength = 64;

    /// <summary>The length of the Number column (Data/VolunteersDbContext).</summary>
    public const int MaxNumberLength = 32;

    public static string NumberLock(int unitId) => $"Volunteers.Number:{unitId}";

    public async Task<RegistrationResult> RegisterAsync(RegistrationForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var settings = await settingsStore.GetAsync<VolunteerSettings>(VolunteerSettings.Key, cancellationToken) ?? new VolunteerSettings();

        var realName = VolunteerRules.Clean(form.RealName);
        if (realName.Length == 0)
            errors["RealName"] = "请填写真实姓名。";
        else if (realName.Length > VolunteerRules.MaxNameLength)
            errors["RealName"] = $"姓名不超过 {VolunteerRules.MaxNameLength} 个字。";

        IdNumberCheck? id = null;
        if (!Enum.TryParse<IdType>(form.IdType, out var idType) || !Enum.IsDefined(idType) || int.TryParse(form.IdType, out _))
            errors["IdType"] = "请选择证件类型。";
        else
        {
            id = IdNumbers.Check(idType, form.IdNumber, ChinaTime.Today(clock));
            if (!id.Valid)
                errors["IdNumber"] = id.Error!;
        }

        VolunteerRules.CheckMobile(form.Mobile, errors);
        VolunteerRules.CheckAddress(form.Address, errors);

        UnitInfo? unit = null;
        if (!int.TryParse(form.UnitId, out var unitId) || (unit = await units.FindAsync(unitId, cancellationToken)) is null || unit.Kind == UnitKind.Point)
            errors["UnitId"] = "请选择您所在的实践中心、实践所或实践站。";
        else if (unit.Code.Length + "-0000".Length > MaxNumberLength)
            errors["UnitId"] = "该单位的代码过长，暂时无法编排志愿者编号，请联系实践中心。";

        var skills = VolunteerRules.CheckSkills(form.Skills, settings, errors);
        var availability = VolunteerRules.CheckAvailability(form.Availability, errors);
        VolunteerRules.CheckEmergencyContact(form.EmergencyContactName, form.EmergencyContactPhone, errors);

        if (!form.SensitiveConsent)
            errors["SensitiveConsent"] = "请阅读并单独同意处理您的敏感个人信息（证件号码等），否则无法注册。";

        await CheckAccountAsync(form, id, errors, cancellationToken);
        if (errors.Count > 0)
            return RegistrationResult.Refused(errors);

        var idHash = vault.Hash($"{idType}:{id!.Number}");
        var mobile = VolunteerRules.NormalizeMobile(form.Mobile);
        var address = VolunteerRules.Clean(form.Address);
        var emergencyPhone = VolunteerRules.NormalizePhone(form.EmergencyContactPhone);
        try
        {
            return await unitOfWork.ExecuteAsync(async ct =>
            {
                // Two registrations of one person check and insert one after the other; the unique index is the last guard.
                await unitOfWork.LockAsync(RegisterLock, ct);
                if (await db.Volunteers.AnyAsync(v => v.IdNumberHash == idHash, ct))
                    return RegistrationResult.Refused(new Dictionary<string, string> { ["IdNumber"] = DuplicateMessage });

                var account = await accounts.CreateAsync(new NewAccount(form.UserName.Trim(), form.Password, realName, [RoleNames.Volunteer]), ct);
                if (!account.Succeeded)
                    return RegistrationResult.Refused(account.Errors.ToDictionary(e => e.Field.ToString(), e => e.Message));

                await unitOfWork.LockAsync(NumberLock(unit!.Id), ct);
                var volunteer = new Volunteer
                {
                    UserId = account.User!.Id,
                    Number = await NextNumberAsync(unit, ct),
                    UnitId = unit.Id,
                    RealName = realName,
                    IdType = idType,
                    IdNumberProtected = vault.Protect(id.Number),
                    IdNumberHash = idHash,
                    IdNumberMasked = PersonalDataMask.IdNumber(id.Number),
                    Gender = id.Gender,
                    BirthDate = id.BirthDate,
                    MobileProtected = vault.Protect(mobile),
                    MobileHash = vault.Hash(mobile),
                    MobileMasked = PersonalDataMask.Phone(mobile),
                    AddressProtected = address.Length == 0 ? "" : vault.Protect(address),
                    AddressMasked = PersonalDataMask.Address(address),
                    EmergencyContactName = VolunteerRules.Clean(form.EmergencyContactName),
                    EmergencyPhoneProtected = vault.Protect(emergencyPhone),
                    EmergencyPhoneMasked = PersonalDataMask.Phone(emergencyPhone),
                    Skills = skills,
                    Availability = availability,
                    SensitiveConsentUtc = clock.GetUtcNow().UtcDateTime,
                    Status = VolunteerStatus.Pending,
                    RegisteredUtc = clock.GetUtcNow().UtcDateTime,
                };
                db.Volunteers.Add(volunteer);
                await db.SaveChangesAsync(ct);
                return RegistrationResult.Registered(volunteer);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only reached if the lock was bypassed (another writer without it): the index refused the second row.
            if (!await db.Volunteers.AnyAsync(v => v.IdNumberHash == idHash, CancellationToken.None))
                throw;
            return RegistrationResult.Refused(new Dictionary<string, string> { ["IdNumber"] = DuplicateMessage });
        }
    }

    /// <summary>The account's own rules, and no personal data in the user name (it is stored and shown in the clear).</summary>
    private async Task CheckAccountAsync(RegistrationForm form, IdNumberCheck? id, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        foreach (var error in await accounts.ValidateAsync(form.UserName, form.Password, cancellationToken))
            errors.TryAdd(error.Field.ToString(), error.Message);

        var userName = form.UserName.Trim().ToUpperInvariant();
        if (userName.Length > MaxUserNameLength)
            errors["UserName"] = $"用户名不超过 {MaxUserNameLength} 个字符。";
        var mobile = VolunteerRules.NormalizeMobile(form.Mobile);
        if (userName.Length > 0 && ((id is { Valid: true } && userName.Contains(id.Number)) || (mobile.Length >= 7 && userName.Contains(mobile))))
            errors["UserName"] = "用户名会公开显示，请不要使用证件号码或手机号码。";

        if (form.Password.Length > 0 && form.Password != form.ConfirmPassword)
            errors["ConfirmPassword"] = "两次输入的密码不一致。";
    }

    /// <summary>The unit's code and the next of its four-digit sequence: JY-CJ-NJ-0001, JY-CJ-NJ-0002 …</summary>
    private async Task<string> NextNumberAsync(UnitInfo unit, CancellationToken cancellationToken)
    {
        var prefix = unit.Code + "-";
        var numbers = await db.Volunteers.Where(v => v.UnitId == unit.Id && v.Number.StartsWith(prefix))
            .Select(v => v.Number).ToListAsync(cancellationToken);
        var last = numbers.Select(n => int.TryParse(n[prefix.Length..], out var s) ? s : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{last + 1:D4}";
    }
}

internal sealed record RegistrationResult(Volunteer? Volunteer, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Volunteer is not null;

    public static RegistrationResult Registered(Volunteer volunteer) => new(volunteer, new Dictionary<string, string>());

    public static RegistrationResult Refused(IReadOnlyDictionary<string, string> errors) => new(null, errors);
}
