using Portal.Abstractions.Modules;
using Portal.Media.Contracts;
using Portal.Organization.Contracts;
using Portal.Volunteers.Contracts;

[assembly: Module(
    Id = VolunteersFeature.Id,
    Name = "志愿者",
    Description = "志愿者实名注册与审核、志愿服务队、培训（先培训再上岗）、服务时长、星级、积分与爱心超市、志愿服务记录证明。",
    Category = "志愿服务",
    Dependencies = [OrganizationFeature.Id],
    OptionalDependencies = [MediaFeature.Id])]
