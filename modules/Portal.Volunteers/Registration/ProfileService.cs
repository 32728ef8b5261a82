using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Registration;

/// <summary>
/// A volunteer keeps their own record up to date: contact details (re-protected when changed), skills, availability,
/// emergency contact, the honor-roll opt-in. The ID number is a matter for staff. A rejected registration that is
/// corrected goes back to the station for review.
/// </summary>
internal sealed class ProfileService(VolunteersDbContext db, IPersonalDataVault vault, ISettingsStore settingsStore)
{
    public const string StaleMessage = "您的资料已在别处被修改，本次修改未保存。请刷新页面后重新填写。";

    public Task<Volunteer?> FindAsync(string userId, CancellationToken cancellationToken)
        => db.Volunteers.FirstOrDefaultAsync(v => v.UserId == userId, cancellationToken);

    /// <summary>Saves the changes, or the field messages why not (nothing is saved then).</summary>
    public async Task<IReadOnlyDictionary<string, string>> UpdateAsync(Volunteer volunteer, ProfileForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var settings = await settingsStore.GetAsync<VolunteerSettings>(VolunteerSettings.Key, cancellationToken) ?? new VolunteerSettings();
        if (VolunteerRules.Clean(form.Mobile).Length > 0)
            VolunteerRules.CheckMobile(form.Mobile, errors);
        VolunteerRules.CheckAddress(form.Address, errors);
        var skills = VolunteerRules.CheckSkills(form.Skills, settings, errors);
        var availability = VolunteerRules.CheckAvailability(form.Availability, errors);
        VolunteerRules.CheckEmergencyContact(form.EmergencyContactName, form.EmergencyContactPhone, errors, phoneRequired: false);
        if (!Guid.TryParse(form.Version, out var version) || version != volunteer.Version)
            errors[""] = StaleMessage;
        if (errors.Count > 0)
            return errors;

        var mobile = VolunteerRules.NormalizeMobile(form.Mobile);
        if (mobile.Length > 0)
        {
            volunteer.MobileProtected = vault.Protect(mobile);
            volunteer.MobileHash = vault.Hash(mobile);
            volunteer.MobileMasked = PersonalDataMask.Phone(mobile);
        }
        var address = VolunteerRules.Clean(form.Address);
        if (address.Length > 0 || form.ClearAddress)
        {
            volunteer.AddressProtected = address.Length == 0 ? "" : vault.Protect(address);
            volunteer.AddressMasked = PersonalDataMask.Address(address);
        }
        var newEmergencyPhone = VolunteerRules.NormalizePhone(form.EmergencyContactPhone);
        if (newEmergencyPhone.Length > 0)
        {
            volunteer.EmergencyPhoneProtected = vault.Protect(newEmergencyPhone);
            volunteer.EmergencyPhoneMasked = PersonalDataMask.Phone(newEmergencyPhone);
        }
        volunteer.EmergencyContactName = VolunteerRules.Clean(form.EmergencyContactName);
        volunteer.Skills = skills;
        volunteer.Availability = availability;
        volunteer.OnHonorRoll = form.OnHonorRoll;
        if (volunteer.Status == VolunteerStatus.Rejected)
            volunteer.Status = VolunteerStatus.Pending;

        // The version the form was loaded at must still be the stored one when the row is written.
        db.Entry(volunteer).Property(v => v.Version).OriginalValue = version;
        volunteer.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Dictionary<string, string> { [""] = StaleMessage };
        }
        return errors;
    }
}
