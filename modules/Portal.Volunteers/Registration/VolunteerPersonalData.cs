using System.Globalization;
using Portal.Abstractions.Security;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Registration;

/// <summary>What a full read of a volunteer reveals (ID number, mobile, address, emergency phone), through <see cref="IPersonalDataReads"/>.</summary>
internal static class VolunteerPersonalData
{
    /// <summary>The record kind of a volunteer in the personal-data audit.</summary>
    public const string Kind = "Volunteers.Volunteer";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["IdNumber"] = "证件号码",
        ["Mobile"] = "手机",
        ["Address"] = "住址",
        ["EmergencyPhone"] = "紧急联系电话",
    };

    public static string Id(int volunteerId) => volunteerId.ToString(CultureInfo.InvariantCulture);

    public static PersonalDataRequest Request(Volunteer v) => new(Kind, Id(v.Id), Permissions.ReadVolunteerPersonalData,
    [
        PersonalDataField.Plain("证件类型", "id-type", v.IdType.ToChinese()),
        PersonalDataField.Protected("IdNumber", Labels["IdNumber"], "id-number", v.IdNumberProtected),
        PersonalDataField.Protected("Mobile", Labels["Mobile"], "mobile", v.MobileProtected),
        PersonalDataField.Protected("Address", Labels["Address"], "address", v.AddressProtected),
        PersonalDataField.Plain("紧急联系人", "emergency-contact", v.EmergencyContactName),
        PersonalDataField.Protected("EmergencyPhone", Labels["EmergencyPhone"], "emergency-phone", v.EmergencyPhoneProtected),
    ]);

    public static PersonalDataPage Page(Volunteer v, PersonalDataShown shown)
        => new($"{v.RealName}（{v.Number}）的完整信息", "请勿截图、抄录或转发。", shown, $"/admin/volunteers/{v.Id}", "返回志愿者详情");
}
