using System.Globalization;
using Portal.Abstractions.Security;
using Portal.Resources.Models;

namespace Portal.Resources.Admin;

/// <summary>What a full read of a resource reveals (its owner's contact), through <see cref="IPersonalDataReads"/>.</summary>
internal static class ResourcePersonalData
{
    /// <summary>The record kind of a resource in the personal-data audit.</summary>
    public const string Kind = "Resources.Resource";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["ContactName"] = "联系人",
        ["ContactPhone"] = "联系电话",
    };

    public static string Id(int resourceId) => resourceId.ToString(CultureInfo.InvariantCulture);

    public static PersonalDataRequest Request(Resource resource) => new(Kind, Id(resource.Id), Permissions.ReadResourceContact,
    [
        PersonalDataField.Plain("权属单位", "owner-organization", resource.OwnerOrganization),
        PersonalDataField.Protected("ContactName", Labels["ContactName"], "contact-name", resource.ContactNameProtected),
        PersonalDataField.Protected("ContactPhone", Labels["ContactPhone"], "contact-phone", resource.ContactPhoneProtected),
    ]);

    public static PersonalDataPage Page(Resource resource, PersonalDataShown shown)
        => new($"{resource.Name} 的权属方联系方式", "请只为办理资源使用事宜联系权属方，不要转告他人。", shown, $"/admin/resources/{resource.Id}/edit", "返回资源");
}
