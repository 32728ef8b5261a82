using Portal.Abstractions.Modules;
using Portal.Media.Contracts;

[assembly: Module(
    Id = MediaFeature.Id,
    Name = "媒体库",
    Description = "上传图片和附件（PDF、Word、Excel），按文件内容校验类型，生成缩略图，并在网站上提供访问和下载。",
    Category = "内容")]
