using System.Runtime.InteropServices;

namespace Protokoll.Gen.Pdf;

/// <summary>
/// Finds a Chromium-family browser without downloading one: the tool must work offline and never fetch a browser at run time.
/// </summary>
public sealed class ChromiumLocator
{
    public const string EnvironmentVariable = "PROTOKOLL_CHROMIUM";

    private readonly Func<string, string?> getEnvironmentVariable;
    private readonly Func<string, bool> fileExists;
    private readonly OSPlatform platform;

    public ChromiumLocator()
        : this(Environment.GetEnvironmentVariable, File.Exists, CurrentPlatform())
    {
    }

    /// <summary>The seams exist so the search order can be tested without touching the real machine.</summary>
    public ChromiumLocator(Func<string, string?> getEnvironmentVariable, Func<string, bool> fileExists, OSPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        ArgumentNullException.ThrowIfNull(fileExists);
        this.getEnvironmentVariable = getEnvironmentVariable;
        this.fileExists = fileExists;
        this.platform = platform;
    }

    /// <summary>
    /// An explicit path wins, then <see cref="EnvironmentVariable"/>, then the usual install locations.
    /// A path the user named but which does not exist is an error rather than a silent fall-back, so typos surface.
    /// </summary>
    public ChromiumLocation Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return fileExists(explicitPath)
                ? ChromiumLocation.At(explicitPath)
                : ChromiumLocation.NotFound($"Chromium was not found at '{explicitPath}', the path given explicitly. {InstallHint()}");
        }

        var fromEnvironment = getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fileExists(fromEnvironment)
                ? ChromiumLocation.At(fromEnvironment)
                : ChromiumLocation.NotFound($"{EnvironmentVariable} is set to '{fromEnvironment}', but no file exists there. {InstallHint()}");
        }

        foreach (var candidate in CandidatePaths())
        {
            if (fileExists(candidate))
            {
                return ChromiumLocation.At(candidate);
            }
        }

        return ChromiumLocation.NotFound($"Chromium was not found. {InstallHint()}");
    }

    public IReadOnlyList<string> CandidatePaths()
    {
        if (platform == OSPlatform.Windows)
        {
            return WindowsCandidates();
        }

        if (platform == OSPlatform.OSX)
        {
            var candidates = new List<string>
            {
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                "/Applications/Chromium.app/Contents/MacOS/Chromium",
            };
            var home = getEnvironmentVariable("HOME");
            if (!string.IsNullOrEmpty(home))
            {
                candidates.Add(home.TrimEnd('/') + "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
                candidates.Add(home.TrimEnd('/') + "/Applications/Chromium.app/Contents/MacOS/Chromium");
            }

            return candidates;
        }

        // Debian's /usr/bin/chromium is a shell wrapper that misbehaves headless, so the real binary comes first
        // and the wrapper path is only a last resort for distributions where it is the binary itself.
        return
        [
            "/usr/lib/chromium/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable",
            "/opt/google/chrome/chrome",
            "/snap/bin/chromium",
            "/usr/bin/chromium",
        ];
    }

    private List<string> WindowsCandidates()
    {
        // Built with '\' by hand because these paths must be right even when the tests run on Linux.
        var candidates = new List<string>();
        foreach (var root in new[] { "ProgramFiles", "ProgramFiles(x86)", "LocalAppData" })
        {
            var folder = getEnvironmentVariable(root);
            if (!string.IsNullOrEmpty(folder))
            {
                candidates.Add(folder.TrimEnd('\\') + @"\Google\Chrome\Application\chrome.exe");
            }
        }

        foreach (var root in new[] { "ProgramFiles(x86)", "ProgramFiles" })
        {
            var folder = getEnvironmentVariable(root);
            if (!string.IsNullOrEmpty(folder))
            {
                candidates.Add(folder.TrimEnd('\\') + @"\Microsoft\Edge\Application\msedge.exe");
            }
        }

        return candidates;
    }

    private string InstallHint()
    {
        var install = platform == OSPlatform.Windows
            ? "Install Chrome with `winget install Google.Chrome`"
            : platform == OSPlatform.OSX
                ? "Install Chromium with `brew install --cask chromium`"
                : "Install Chromium with `apt-get install chromium` (Debian/Ubuntu)";
        return $"{install}, or set {EnvironmentVariable} to the browser's executable.";
    }

    private static OSPlatform CurrentPlatform() =>
        OperatingSystem.IsWindows() ? OSPlatform.Windows
        : OperatingSystem.IsMacOS() ? OSPlatform.OSX
        : OSPlatform.Linux;
}
