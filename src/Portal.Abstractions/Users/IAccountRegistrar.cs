namespace Portal.Abstractions.Users;

/// <summary>
/// Creates sign-in accounts for modules that register people themselves (e.g. volunteers), with the site's user name
/// and password rules, without exposing the identity store. Inside a unit of work the account commits or rolls back
/// with the module's own rows.
/// </summary>
public interface IAccountRegistrar
{
    /// <summary>What is wrong with this user name and password (taken, invalid characters, too weak); empty when they would do.</summary>
    Task<IReadOnlyList<AccountError>> ValidateAsync(string userName, string password, CancellationToken cancellationToken = default);

    /// <summary>Creates the account with the given roles, or answers why not (nothing is saved then).</summary>
    Task<AccountResult> CreateAsync(NewAccount account, CancellationToken cancellationToken = default);
}

public sealed record NewAccount(string UserName, string Password, string DisplayName, IReadOnlyList<string> Roles);

/// <summary>Which field of an account form a message belongs to.</summary>
public enum AccountField
{
    UserName,
    Password,
}

public sealed record AccountError(AccountField Field, string Message);

public sealed record AccountResult(UserInfo? User, IReadOnlyList<AccountError> Errors)
{
    public bool Succeeded => User is not null;
}
