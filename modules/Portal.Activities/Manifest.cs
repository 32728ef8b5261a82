using Portal.Abstractions.Modules;
using Portal.Activities.Contracts;
using Portal.Media.Contracts;
using Portal.Organization.Contracts;
using Portal.Volunteers.Contracts;

[assembly: Module(
    Id = ActivitiesFeature.Id,
    Name = "志愿服务活动",
    Description = "各单位的服务项目和志愿服务活动：类别、五大平台、节令标签、招募与报名（满员后候补）、公开的活动列表和详情。",
    Category = "志愿服务",
    Dependencies = [OrganizationFeature.Id, VolunteersFeature.Id],
    OptionalDependencies = [MediaFeature.Id])]
