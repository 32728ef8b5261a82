using Portal.Abstractions.Modules;
using Portal.Contents.Contracts;

[assembly: Module(
    Id = ContentsFeature.Id,
    Name = "内容管理",
    Description = "内容类型、撰写与审核发布、版本历史、定时发布、回收站和操作记录；内容的公开页面、订阅源和网站地图。",
    Category = "内容")]
