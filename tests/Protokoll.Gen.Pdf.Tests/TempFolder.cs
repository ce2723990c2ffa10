namespace Protokoll.Gen.Pdf.Tests;

/// <summary>A fresh output folder per test, filled from the Fixtures folder.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("protokoll-pdf-test-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies a fixture (and, for the minutes, its assets) into this folder, filling in {{KEY}} placeholders.</summary>
    public string AddFixture(string name, IReadOnlyDictionary<string, string>? placeholders = null)
    {
        var fixtures = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(fixtures, name));
        foreach (var (key, value) in placeholders ?? new Dictionary<string, string>())
        {
            text = text.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        var assets = System.IO.Path.Combine(fixtures, "assets");
        var targetAssets = Directory.CreateDirectory(File("assets")).FullName;
        foreach (var asset in Directory.EnumerateFiles(assets))
        {
            System.IO.File.Copy(asset, System.IO.Path.Combine(targetAssets, System.IO.Path.GetFileName(asset)), overwrite: true);
        }

        var target = File(name);
        System.IO.File.WriteAllText(target, text);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a passed test over it is not.
        }
    }
}
