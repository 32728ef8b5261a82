namespace Portal.Abstractions.Users;

/// <summary>A user account as other modules see it.</summary>
public sealed record UserInfo(string Id, string UserName, string DisplayName);

/// <summary>Looks up accounts without exposing the identity store.</summary>
public interface IUserDirectory
{
    Task<UserInfo?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, UserInfo>> GetByIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);
}
