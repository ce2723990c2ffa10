using System.Runtime.InteropServices;

namespace Protokoll.Gen.Pdf.Tests;

public sealed class ChromiumLocatorTests
{
    private readonly Dictionary<string, string> environment = new(StringComparer.Ordinal);
    private readonly HashSet<string> files = new(StringComparer.Ordinal);

    [Fact]
    public void Explicit_path_wins_over_environment_and_install_locations()
    {
        files.UnionWith(["/opt/mine/chrome", "/env/chromium", "/usr/lib/chromium/chromium"]);
        environment[ChromiumLocator.EnvironmentVariable] = "/env/chromium";

        Assert.Equal("/opt/mine/chrome", Locator(OSPlatform.Linux).Locate("/opt/mine/chrome").Path);
    }

    [Fact]
    public void Environment_variable_wins_over_install_locations()
    {
        files.UnionWith(["/env/chromium", "/usr/lib/chromium/chromium"]);
        environment[ChromiumLocator.EnvironmentVariable] = "/env/chromium";

        Assert.Equal("/env/chromium", Locator(OSPlatform.Linux).Locate().Path);
    }

    [Fact]
    public void Debian_binary_is_preferred_over_the_wrapper_script()
    {
        files.UnionWith(["/usr/bin/chromium", "/snap/bin/chromium", "/usr/lib/chromium/chromium"]);

        Assert.Equal("/usr/lib/chromium/chromium", Locator(OSPlatform.Linux).Locate().Path);
    }

    [Fact]
    public void Install_locations_are_tried_in_order()
    {
        files.UnionWith(["/opt/google/chrome/chrome", "/usr/bin/google-chrome"]);

        Assert.Equal("/usr/bin/google-chrome", Locator(OSPlatform.Linux).Locate().Path);
    }

    [Fact]
    public void A_named_path_that_does_not_exist_is_an_error_not_a_fall_back()
    {
        files.Add("/usr/lib/chromium/chromium");
        environment[ChromiumLocator.EnvironmentVariable] = "/nowhere/chrome";

        var fromEnvironment = Locator(OSPlatform.Linux).Locate();
        var explicitly = Locator(OSPlatform.Linux).Locate("/typo/chrome");

        Assert.False(fromEnvironment.Found);
        Assert.Contains("/nowhere/chrome", fromEnvironment.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(ChromiumLocator.EnvironmentVariable, fromEnvironment.ErrorMessage, StringComparison.Ordinal);
        Assert.False(explicitly.Found);
        Assert.Contains("/typo/chrome", explicitly.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_found_on_linux_names_the_apt_command()
    {
        var location = Locator(OSPlatform.Linux).Locate();

        Assert.False(location.Found);
        Assert.Null(location.Path);
        Assert.Contains("apt-get install chromium", location.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(ChromiumLocator.EnvironmentVariable, location.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_found_on_macos_names_homebrew()
    {
        Assert.Contains("brew install --cask chromium", Locator(OSPlatform.OSX).Locate().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_found_on_windows_names_winget()
    {
        Assert.Contains("winget install", Locator(OSPlatform.Windows).Locate().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Macos_finds_chromium_app()
    {
        files.Add("/Applications/Chromium.app/Contents/MacOS/Chromium");

        Assert.Equal("/Applications/Chromium.app/Contents/MacOS/Chromium", Locator(OSPlatform.OSX).Locate().Path);
    }

    [Fact]
    public void Windows_looks_in_program_files_for_chrome_then_edge()
    {
        environment["ProgramFiles"] = @"C:\Program Files";
        environment["ProgramFiles(x86)"] = @"C:\Program Files (x86)";
        files.Add(@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe");

        Assert.Equal(@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", Locator(OSPlatform.Windows).Locate().Path);

        files.Add(@"C:\Program Files\Google\Chrome\Application\chrome.exe");
        Assert.Equal(@"C:\Program Files\Google\Chrome\Application\chrome.exe", Locator(OSPlatform.Windows).Locate().Path);
    }

    private ChromiumLocator Locator(OSPlatform platform) =>
        new(name => environment.GetValueOrDefault(name), files.Contains, platform);
}
