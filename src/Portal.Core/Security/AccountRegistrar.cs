using Microsoft.AspNetCore.Identity;
using Portal.Abstractions.Users;

namespace Portal.Core.Security;

internal sealed class AccountRegistrar(UserManager<PortalUser> users, TimeProvider clock) : IAccountRegistrar
{
    public async Task<IReadOnlyList<AccountError>> ValidateAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        var errors = new List<AccountError>();
        var user = new PortalUser { UserName = userName.Trim() };
        if (user.UserName.Length == 0)
            errors.Add(new(AccountField.UserName, "请填写用户名。"));
        else
            foreach (var validator in users.UserValidators)
                errors.AddRange(Errors(await validator.ValidateAsync(users, user)));
        if (string.IsNullOrEmpty(password))
            errors.Add(new(AccountField.Password, "请设置密码。"));
        else
            foreach (var validator in users.PasswordValidators)
                errors.AddRange(Errors(await validator.ValidateAsync(users, user, password)));
        return errors;
    }

    public async Task<AccountResult> CreateAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        var errors = await ValidateAsync(account.UserName, account.Password, cancellationToken);
        if (errors.Count > 0)
            return new AccountResult(null, errors);

        var user = new PortalUser
        {
            UserName = account.UserName.Trim(),
            DisplayName = account.DisplayName.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
            return new AccountResult(null, Errors(created).ToList());
        if (account.Roles.Count > 0)
        {
            var roles = await users.AddToRolesAsync(user, account.Roles);
            if (!roles.Succeeded)
                throw new InvalidOperationException(string.Join("；", roles.Errors.Select(e => e.Description)));
        }
        return new AccountResult(new UserInfo(user.Id, user.UserName, user.DisplayName), []);
    }

    private static IEnumerable<AccountError> Errors(IdentityResult result)
        => result.Errors.Select(e => new AccountError(e.Code.Contains("UserName") ? AccountField.UserName : AccountField.Password, e.Description));
}
