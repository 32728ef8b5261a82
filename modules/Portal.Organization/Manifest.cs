using Portal.Abstractions.Modules;
using Portal.Organization.Contracts;

[assembly: Module(
    Id = OrganizationFeature.Id,
    Name = "组织架构",
    Description = "中心、所、站（点）的单位树，各单位的工作人员，以及工作人员的单位范围。",
    Category = "基础")]
