using Portal.Abstractions.Modules;

[assembly: Theme(
    Id = "Portal.Theme.Civic",
    Name = "文明实践公共站点",
    Description = "面向群众的公共站点主题：红色刊头、五大平台、实践阵地、友好的错误页与打印样式。")]
