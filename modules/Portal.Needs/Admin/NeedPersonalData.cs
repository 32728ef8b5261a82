using System.Globalization;
using Portal.Abstractions.Security;
using Portal.Needs.Models;

namespace Portal.Needs.Admin;

/// <summary>What a full read of a need reveals (the requester's name and phone), through <see cref="IPersonalDataReads"/>.</summary>
internal static class NeedPersonalData
{
    /// <summary>The record kind of a need in the personal-data audit.</summary>
    public const string Kind = "Needs.Need";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["ContactName"] = "联系人",
        ["Phone"] = "手机号码",
    };

    public static string Id(int needId) => needId.ToString(CultureInfo.InvariantCulture);

    public static PersonalDataRequest Request(Need need) => new(Kind, Id(need.Id), Permissions.ReadNeedContact,
    [
        PersonalDataField.Protected("ContactName", Labels["ContactName"], "contact-name", need.ContactNameProtected),
        PersonalDataField.Protected("Phone", Labels["Phone"], "contact-phone", need.PhoneProtected),
    ]);

    public static PersonalDataPage Page(Need need, PersonalDataShown shown)
        => new($"点单 {need.Number} 的联系方式", "请只为办理本点单联系点单人，不要转告他人。", shown, $"/admin/needs/{need.Id}", "返回点单");
}
