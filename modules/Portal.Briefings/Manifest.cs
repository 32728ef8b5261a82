using Portal.Abstractions.Modules;
using Portal.Briefings.Contracts;
using Portal.Contents.Contracts;

[assembly: Module(
    Id = BriefingsFeature.Id,
    Name = "简报",
    Description = "简报各期：按刊名和年份编期号（自动建议、不重号），红头刊头、文章和版记，按 GB/T 9704 在 A4 纸上打印；公开的刊名和各期页面。",
    Category = "内容",
    Dependencies = [ContentsFeature.Id])]
