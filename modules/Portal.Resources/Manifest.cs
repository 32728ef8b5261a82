using Portal.Abstractions.Modules;
using Portal.Activities.Contracts;
using Portal.Media.Contracts;
using Portal.Organization.Contracts;
using Portal.Resources.Contracts;

[assembly: Module(
    Id = ResourcesFeature.Id,
    Name = "阵地资源",
    Description = "五大平台的资源清单（自有与可用）：批量导入导出、预约（可用资源经权属方同意）、摸清底数统计、向群众开放的阵地场所。",
    Category = "志愿服务",
    Dependencies = [OrganizationFeature.Id, ActivitiesFeature.Id],
    OptionalDependencies = [MediaFeature.Id])]
