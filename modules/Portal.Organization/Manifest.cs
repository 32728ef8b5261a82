using Portal.Abstractions.Modules;
using Portal.Organization.Contracts;

[assembly: Module(
    Id = OrganizationFeature.Id,
    Name = "组织架构",
    Description = "中心、所、站（点）的单位树，各单位的工作人员，以及工作人员的单位范围。",
    Category = "基础")]

[assembly: Feature(
    Id = OrganizationFeature.PublicPages,
    Name = "实践阵地公开页面",
    Description = "向公众展示中心、所、站的地址和联系方式，并在首页显示阵地概况。",
    Category = "公众站点",
    Dependencies = [OrganizationFeature.Id])]
