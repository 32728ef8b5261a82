using Portal.Abstractions.Security;

namespace Portal.Volunteers;

/// <summary>Staff act on the volunteers of their unit and the units below it (IUnitScope); administrators everywhere.</summary>
internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageVolunteers = new(nameof(ManageVolunteers), "审核和管理本单位的志愿者（个人信息脱敏显示）");
    public static readonly Permission ReadVolunteerPersonalData = new(nameof(ReadVolunteerPersonalData), "查看志愿者完整的证件号码、手机号和住址（每次查看都会记录）");
    public static readonly Permission ManageVolunteerSettings = new(nameof(ManageVolunteerSettings), "设置技能清单、星级门槛和积分规则");
    public static readonly Permission ManageTeams = new(nameof(ManageTeams), "管理本单位的志愿服务队及其队长、队员");
    public static readonly Permission ManageTraining = new(nameof(ManageTraining), "管理培训课程、培训场次、签到和培训记录");
    public static readonly Permission ApproveServiceHours = new(nameof(ApproveServiceHours), "审核本单位志愿者的服务时长补录和更正");
    public static readonly Permission ManageLoveSupermarket = new(nameof(ManageLoveSupermarket), "管理爱心超市的礼品、库存和兑换领取");
    public static readonly Permission IssueCertificates = new(nameof(IssueCertificates), "出具志愿服务记录证明");
    public static readonly Permission ViewVolunteerReports = new(nameof(ViewVolunteerReports), "查看和导出服务时长统计");

    public IEnumerable<Permission> GetPermissions() =>
    [
        ManageVolunteers, ReadVolunteerPersonalData, ManageVolunteerSettings, ManageTeams, ManageTraining,
        ApproveServiceHours, ManageLoveSupermarket, IssueCertificates, ViewVolunteerReports,
    ];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, ManageVolunteers, ReadVolunteerPersonalData, ManageVolunteerSettings, ManageTeams, ManageTraining,
            ApproveServiceHours, ManageLoveSupermarket, IssueCertificates, ViewVolunteerReports),
        new(RoleNames.Staff, ManageVolunteers, ManageTeams, ManageTraining, ApproveServiceHours, ManageLoveSupermarket, IssueCertificates,
            ViewVolunteerReports),
    ];
}
