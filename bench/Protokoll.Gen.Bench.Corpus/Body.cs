using System.Globalization;
using System.Text;

namespace Protokoll.Gen.Bench.Corpus;

/// <summary>
/// Markdown bodies of 300–1 500 words: ### headings, paragraphs with **bold**, *emphasis* and links,
/// bullet and numbered lists and a pipe table. No amounts in kronor appear in bodies.
/// </summary>
internal static class Body
{
    private const int MinWords = 300;
    // Targets stop short of 1 500 because the last block may overshoot by up to ~60 words;
    // the spread is tuned so that whole item files average about 9 KB.
    private const int MaxWords = 1360;

    public static string Generate(SplitMix64 rng)
    {
        var target = rng.Range(MinWords, MaxWords);
        var state = new State(rng);
        var sb = new StringBuilder();

        // Every body carries each construct at least once, in a plausible order; then random blocks to length.
        Heading(sb, state, "Bakgrund");
        Paragraph(sb, state, forceInline: true);
        List(sb, state, numbered: false);
        Paragraph(sb, state, forceInline: false);
        Heading(sb, state, rng.Pick(Words.HeadingWords));
        Paragraph(sb, state, forceInline: false);
        List(sb, state, numbered: true);
        Table(sb, state);

        while (state.Words < target)
        {
            var roll = rng.NextDouble();
            if (roll < 0.6)
            {
                Paragraph(sb, state, forceInline: false);
            }
            else if (roll < 0.75)
            {
                Heading(sb, state, rng.Pick(Words.HeadingWords));
                Paragraph(sb, state, forceInline: false);
            }
            else if (roll < 0.87)
            {
                List(sb, state, numbered: false);
            }
            else if (roll < 0.96)
            {
                List(sb, state, numbered: true);
            }
            else
            {
                Table(sb, state);
            }
        }

        return sb.ToString();
    }

    private sealed class State(SplitMix64 rng)
    {
        public SplitMix64 Rng { get; } = rng;
        public int Words { get; set; }

        public string Word()
        {
            Words++;
            return Rng.Pick(Corpus.Words.Common);
        }

        public string Phrase(int min, int max) => string.Join(' ', Enumerable.Range(0, Rng.Range(min, max)).Select(_ => Word()));
    }

    private static void Heading(StringBuilder sb, State s, string text)
    {
        s.Words += text.Count(c => c == ' ') + 1;
        sb.Append("### ").Append(text).Append("\n\n");
    }

    private static void Paragraph(StringBuilder sb, State s, bool forceInline)
    {
        var sentences = s.Rng.Range(3, 6);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            var first = CorpusGenerator.Capitalise(s.Word());
            sb.Append(first).Append(' ').Append(s.Phrase(2, 6));
            var inline = forceInline ? i % 3 : s.Rng.Next(8);
            switch (inline)
            {
                case 0:
                    sb.Append(" **").Append(s.Phrase(1, 3)).Append("**");
                    break;
                case 1:
                    sb.Append(" *").Append(s.Phrase(1, 3)).Append('*');
                    break;
                case 2:
                    var text = s.Phrase(1, 3);
                    sb.Append(" [").Append(text).Append("](https://example.org/")
                      .Append(text.Replace(' ', '-').Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o')).Append(')');
                    break;
                default:
                    break;
            }

            sb.Append(s.Rng.Chance(0.3) ? ", " : " ").Append(s.Phrase(3, 9)).Append('.');
        }

        sb.Append("\n\n");
    }

    private static void List(StringBuilder sb, State s, bool numbered)
    {
        var count = s.Rng.Range(3, 6);
        for (var i = 1; i <= count; i++)
        {
            var marker = numbered ? i.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            sb.Append(marker).Append(CorpusGenerator.Capitalise(s.Phrase(3, 10))).Append('\n');
        }

        sb.Append('\n');
    }

    private static void Table(StringBuilder sb, State s)
    {
        sb.Append("| Aktivitet | Ansvarig | Tidpunkt |\n| --- | --- | --- |\n");
        s.Words += 3;
        var rows = s.Rng.Range(3, 6);
        for (var i = 0; i < rows; i++)
        {
            var org = s.Rng.Pick(Corpus.Words.Organisations);
            s.Words += 2 + org.Count(c => c == ' ') + 1;
            sb.Append("| ").Append(CorpusGenerator.Capitalise(s.Phrase(2, 4)))
              .Append(" | ").Append(org)
              .Append(" | vecka ").Append(s.Rng.Range(2, 50).ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }

        sb.Append('\n');
    }
}
