using Portal.Abstractions.Modules;
using Portal.Contents.Contracts;
using Portal.Explainers.Contracts;

[assembly: Module(
    Id = ExplainersFeature.Id,
    Name = "政策解读与新闻",
    Description = "政策文件与解读（文字、图解、视频，互相链接），新闻、单页和栏目，以及首页的要闻、解读和栏目区块。",
    Category = "内容",
    Dependencies = [ContentsFeature.Id])]
