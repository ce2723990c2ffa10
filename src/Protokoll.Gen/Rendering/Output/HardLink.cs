using System.Runtime.InteropServices;
using System.Text;

namespace Protokoll.Gen.Rendering.Output;

/// <summary>
/// A second name for an existing file (<c>link(2)</c>, <c>CreateHardLinkW</c>): the rebuild gives a page that did not
/// change its new place in the staging folder without writing it again. .NET 10 has no API for it.
/// </summary>
internal static class HardLink
{
    /// <summary>
    /// Makes <paramref name="link"/> a new name for <paramref name="existing"/>. False when the file system cannot
    /// (no hard links, another device, a name already taken, too many links): the caller then writes the file.
    /// </summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows()
                ? CreateHardLinkW(link, existing, IntPtr.Zero)
                : Unix(NullTerminatedUtf8(existing), NullTerminatedUtf8(link)) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static byte[] NullTerminatedUtf8(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    // Byte arrays are blittable and pinned for the call, so the declarations need neither unsafe code nor runtime
    // string marshalling, which the ahead-of-time compiled executable would have to generate.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Unix(byte[] existing, byte[] link);

    [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string fileName, string existingFileName, IntPtr securityAttributes);
}
