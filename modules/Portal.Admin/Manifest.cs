using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.Admin",
    Name = "管理后台",
    Description = "后台首页、功能开关与配方。",
    Category = "基础",
    AlwaysEnabled = true)]
