using Portal.Abstractions.Modules;
using Portal.Search.Contracts;

[assembly: Module(
    Id = SearchFeature.Id,
    Name = "全站检索",
    Description = "用中文分词检索全站公开内容：标题优先，整句匹配优先。",
    Category = "公众站点")]
