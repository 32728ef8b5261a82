using System.Globalization;

namespace Portal.Media.Services;

/// <summary>File sizes as people read them: 20 MB, 512 KB, 900 字节.</summary>
internal static class SizeText
{
    public static string Format(long bytes)
    {
        const double kb = 1024, mb = kb * 1024;
        return bytes switch
        {
            >= (long)mb => Number(bytes / mb) + " MB",
            >= (long)kb => Number(bytes / kb) + " KB",
            _ => bytes.ToString(CultureInfo.InvariantCulture) + " 字节",
        };
    }

    private static string Number(double value) => value.ToString(value < 10 ? "0.#" : "0", CultureInfo.InvariantCulture);
}
