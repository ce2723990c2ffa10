using System.Diagnostics;
using Protokoll.Gen.Pdf;

namespace Protokoll.Gen.Cli.Pdf;

/// <summary>
/// Shows how far printing has come. On a terminal one line is rewritten in place ("PDF 12/40 …"), so a build of
/// hundreds of documents does not scroll the findings away; in a CI log, where a carriage return does not rewind,
/// a plain line is written every <see cref="Every"/> documents or every <see cref="Interval"/>, and at the end.
/// </summary>
internal sealed class PdfProgressDisplay : IProgress<PdfProgress>
{
    public const int Every = 10;

    private const int NameWidth = 60;

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly TextWriter writer;
    private readonly bool interactive;
    private readonly string root;
    private readonly Func<TimeSpan> clock;
    private readonly Lock gate = new();
    private TimeSpan lastLine;
    private int lastWidth;
    private int shown;

    /// <param name="writer">Where the progress goes.</param>
    /// <param name="interactive">True for a terminal (one updating line), false for a log (plain lines).</param>
    /// <param name="root">The folder the PDFs are written to; names are shown relative to it.</param>
    /// <param name="clock">Time since printing began; a seam so the "every few seconds" rule is testable without waiting.</param>
    public PdfProgressDisplay(TextWriter writer, bool interactive, string root, Func<TimeSpan>? clock = null)
    {
        this.writer = writer;
        this.interactive = interactive;
        this.root = root;
        if (clock is null)
        {
            var stopwatch = Stopwatch.StartNew();
            clock = () => stopwatch.Elapsed;
        }

        this.clock = clock;
    }

    /// <summary>A terminal gets the updating line; redirected output or a CI runner (which sets CI) gets plain lines.</summary>
    public static bool IsTerminal(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public void Report(PdfProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (gate)
        {
            // Reports arrive from several printing tasks; one that was overtaken must not move the count backwards.
            if (value.Completed <= shown)
            {
                return;
            }

            shown = value.Completed;
            var name = Path.GetRelativePath(root, value.Latest.Job.PdfPath).Replace('\\', '/');
            if (name.Length > NameWidth)
            {
                name = "…" + name[^(NameWidth - 1)..];
            }

            var line = $"PDF {value.Completed}/{value.Total} {name}";
            var done = value.Completed == value.Total;
            if (interactive)
            {
                writer.Write("\r" + line.PadRight(lastWidth));
                lastWidth = line.Length;
                if (done)
                {
                    writer.WriteLine();
                }

                writer.Flush();
                return;
            }

            var now = clock();
            if (done || value.Completed % Every == 0 || now - lastLine >= Interval)
            {
                writer.WriteLine(line);
                lastLine = now;
            }
        }
    }
}
