using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Security;

namespace Portal.Core.Security;

/// <summary>
/// AES-256-GCM for values at rest (a fresh nonce per value, the tag checked on reading) and HMAC-SHA256 for lookups,
/// each with its own 32-byte key from <c>Portal:PersonalData:EncryptionKey</c> and <c>Portal:PersonalData:HashKey</c>
/// (base64). Without them a pair is generated once into <c>App_Data/keys/personal-data.json</c>: fine for one node;
/// several nodes on one database must be given the same keys in configuration.
/// </summary>
internal sealed class PersonalDataVault : IPersonalDataVault
{
    private const string Prefix = "pd1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public PersonalDataVault(IConfiguration configuration, string appData, ILogger<PersonalDataVault> logger)
    {
        var configured = (Encryption: configuration["Portal:PersonalData:EncryptionKey"], Hash: configuration["Portal:PersonalData:HashKey"]);
        if (!string.IsNullOrEmpty(configured.Encryption) && !string.IsNullOrEmpty(configured.Hash))
        {
            _encryptionKey = Key(configured.Encryption, "Portal:PersonalData:EncryptionKey");
            _hashKey = Key(configured.Hash, "Portal:PersonalData:HashKey");
            return;
        }

        var file = Path.Combine(appData, "keys", "personal-data.json");
        var keys = ReadOrCreate(file);
        _encryptionKey = Key(keys.EncryptionKey, file);
        _hashKey = Key(keys.HashKey, file);
        logger.LogWarning("Personal data keys come from {File}; give every node the same Portal:PersonalData keys when several share a database.", file);
    }

    public string Protect(string value)
    {
        var plain = Encoding.UTF8.GetBytes(value);
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length, TagSize));
        return Prefix + Convert.ToBase64String(output);
    }

    public string Unprotect(string protectedValue)
    {
        if (!protectedValue.StartsWith(Prefix, StringComparison.Ordinal))
            throw new CryptographicException("Not a protected personal-data value.");
        var input = Convert.FromBase64String(protectedValue[Prefix.Length..]);
        var length = input.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, length), input.AsSpan(NonceSize + length, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public string Hash(string value) => Convert.ToHexString(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(value))).ToLowerInvariant();

    private static byte[] Key(string base64, string source)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length == 32 ? key : throw new InvalidOperationException($"{source}: a personal-data key is 32 bytes in base64.");
    }

    private static KeyFile ReadOrCreate(string file)
    {
        if (File.Exists(file))
            return JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(file))!;

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var keys = new KeyFile(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(keys));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            File.Move(temporary, file, overwrite: false);
        }
        catch (IOException)
        {
            // Another process created the keys first: use theirs.
            File.Delete(temporary);
        }

        return JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(file))!;
    }

    private sealed record KeyFile(string EncryptionKey, string HashKey);
}
