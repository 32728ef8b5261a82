using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.Users",
    Name = "用户与角色",
    Description = "登录、锁定、密码，用户账号与角色权限。",
    Category = "基础",
    AlwaysEnabled = true)]
