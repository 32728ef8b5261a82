using Portal.Abstractions.Modules;

[assembly: Theme(
    Id = "Portal.Theme.Admin",
    Name = "管理后台",
    Description = "管理后台的布局与样式：左侧菜单、表格、表单、状态提示与阵地树。")]
