using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation;

/// <summary>Hashes access codes with PBKDF2-SHA256; the hash names its own parameters so they can grow.</summary>
/// <remarks>
/// PBKDF2 is slow on purpose (tens of milliseconds), so it refuses to run inside <see cref="SoKetBotDatabase.Run"/>:
/// there it would hold the process-wide write lock and stall every other turn.
/// </remarks>
public static class AccessCodeHasher
{
    private const int Iterations = 100_000;
    private const int SaltSize = 16;
    private const int HashSize = 32;
    private const string Scheme = "pbkdf2-sha256";
    private const string PendingScheme = "pending$";

    // A hash of a random code with the same parameters, verified for accounts that do not exist, so that they cost the same.
    // PublicationOnly: a first use refused inside the write lock must not be cached as a failure for good.
    private static readonly Lazy<string> Dummy = new(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(SaltSize))), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>A hash with the same parameters as <see cref="Hash"/> that no code matches in practice.</summary>
    public static string DummyHash => Dummy.Value;

    public static string Hash(string accessCode)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var hash = Derive(accessCode, salt, Iterations);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>
    /// What an official's record holds while their imported code waits for its hash (<see cref="AccessCodeHashing"/>): a random
    /// placeholder that no code matches and that says nothing about the code.
    /// </summary>
    public static string NewPending() => PendingScheme + Convert.ToHexString(RandomNumberGenerator.GetBytes(SaltSize));

    /// <summary>Whether <paramref name="stored"/> is a <see cref="NewPending"/> placeholder rather than a hash.</summary>
    public static bool IsPending(string stored) => stored.StartsWith(PendingScheme, StringComparison.Ordinal);

    public static bool Verify(string accessCode, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Derive(accessCode, Convert.FromBase64String(parts[2]), iterations);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    // Codes are typed on phones: the comparison ignores surrounding blanks and Unicode form.
    private static byte[] Derive(string accessCode, byte[] salt, int iterations)
    {
        if (SoKetBotDatabase.WriteLockHeld)
        {
            throw new InvalidOperationException("PBKDF2 must not run inside a transaction: it would hold the process-wide write lock. Verify the code before the transaction.");
        }

        return Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(accessCode.Trim().Normalize()), salt, iterations, HashAlgorithmName.SHA256, HashSize);
    }
}
