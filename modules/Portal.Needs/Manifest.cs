using Portal.Abstractions.Modules;
using Portal.Needs.Contracts;
using Portal.Organization.Contracts;
using Portal.Volunteers.Contracts;

[assembly: Module(
    Id = NeedsFeature.Id,
    Name = "群众点单",
    Description = "居民不注册即可点单；中心审单、派单或发布抢单，站点接单并记录服务方式，完成后居民凭私密链接评单；公开的需求清单和各单位的统计。",
    Category = "志愿服务",
    Dependencies = [OrganizationFeature.Id],
    OptionalDependencies = [VolunteersFeature.Id])]
