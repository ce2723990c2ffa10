using System.Globalization;
using System.Text;

namespace Protokoll.Gen.Bench.Corpus;

/// <summary>What was written, for the console summary.</summary>
internal sealed record CorpusStats(int Items, int Meetings, int FirstYear, int LastYear, long ItemBytes, long ContentBytes, long HugoBytes, int FundedItems)
{
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"items={Items} meetings={Meetings} years={FirstYear}-{LastYear} funded-items={FundedItems} " +
        $"item-bytes={ItemBytes} avg-item-bytes={(Items == 0 ? 0 : ItemBytes / Items)} " +
        $"content-bytes={ContentBytes} hugo-bytes={HugoBytes}");
}

/// <summary>
/// Generates the benchmark corpus. Everything is drawn from one seeded <see cref="SplitMix64"/> in a fixed
/// order, and nothing reads the clock, the culture or the file system order, so the output is deterministic.
/// </summary>
internal sealed class CorpusGenerator
{
    private const int LastYear = 2025;
    private const int MinItemsPerMeeting = 10;
    private const int MaxItemsPerMeeting = 20;
    private const int MinMeetingsPerYear = 15;
    private const int MaxMeetingsPerYear = 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly int _items;
    private readonly string _out;
    private readonly SplitMix64 _rng;
    private readonly string _content;
    private readonly string _hugo;

    private long _itemBytes;
    private long _contentBytes;
    private long _hugoBytes;
    private int _funded;

    public CorpusGenerator(int items, ulong seed, string outDir)
    {
        _items = items;
        _out = outDir;
        _rng = new SplitMix64(seed);
        _content = Path.Combine(outDir, "content");
        _hugo = Path.Combine(outDir, "hugo");
    }

    public CorpusStats Run()
    {
        // Only the two trees this tool owns are replaced; anything else in --out is left alone.
        foreach (var dir in new[] { _content, _hugo })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        var meetingSizes = Split(_items, MinItemsPerMeeting, MaxItemsPerMeeting, (MinItemsPerMeeting + MaxItemsPerMeeting) / 2);
        var yearSizes = Split(meetingSizes.Count, MinMeetingsPerYear, MaxMeetingsPerYear, (MinMeetingsPerYear + MaxMeetingsPerYear) / 2);
        var firstYear = LastYear - yearSizes.Count + 1;

        WriteContent("protokoll.yml", """
            organisation: Nätverket för hållbar landsbygd
            body: Styrgruppen
            locale: sv-SE
            numbering: per-meeting

            """);
        WriteHugoSkeleton();

        var meetingIndex = 0;
        for (var y = 0; y < yearSizes.Count; y++)
        {
            var year = firstYear + y;
            var budget = NewBudget(year);
            var roster = NewRoster();
            var dates = MeetingDates(year, yearSizes[y]);
            foreach (var date in dates)
            {
                WriteMeeting(date, meetingSizes[meetingIndex++], budget, roster);
            }

            WriteContent(Path.Combine("budgets", string.Create(Inv, $"{year}.yml")), budget.ToYaml());
        }

        return new CorpusStats(_items, meetingSizes.Count, firstYear, LastYear, _itemBytes, _contentBytes, _hugoBytes, _funded);
    }

    // ---------------------------------------------------------------- shape

    /// <summary>
    /// Splits <paramref name="total"/> into parts of min..max (a part only falls below min when the
    /// total itself is smaller). The number of parts is total/mean, and the spare is spread at random.
    /// </summary>
    private List<int> Split(int total, int min, int max, int mean)
    {
        var count = Math.Max(1, (int)Math.Round(total / (double)mean, MidpointRounding.AwayFromZero));
        count = Math.Clamp(count, (total + max - 1) / max, Math.Max(1, total / min));
        var parts = Enumerable.Repeat(Math.Min(min, total / count), count).ToList();
        var spare = total - parts.Sum();
        while (spare > 0)
        {
            var i = _rng.Next(count);
            if (parts[i] < max)
            {
                parts[i]++;
                spare--;
            }
        }

        return parts;
    }

    private List<DateOnly> MeetingDates(int year, int count)
    {
        // Working days Monday–Thursday outside July and the Christmas weeks.
        var candidates = new List<DateOnly>();
        for (var d = new DateOnly(year, 1, 8); d <= new DateOnly(year, 12, 18); d = d.AddDays(1))
        {
            if (d.Month != 7 && d.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday)
            {
                candidates.Add(d);
            }
        }

        var dates = _rng.Sample(candidates, count);
        dates.Sort();
        return dates;
    }

    // ---------------------------------------------------------------- budget

    private sealed record Process(string Name, string? Owner);

    private sealed class Budget
    {
        public required int Year { get; init; }
        public required List<Process> Processes { get; init; }
        public required List<(string Process, string Stage, decimal Amount)> Allocations { get; init; }
        public required List<(string Process, string Stage)> FundableKeys { get; init; }
        public HashSet<(string Process, string Stage)> Funded { get; } = [];
        public decimal ItemSum { get; set; }

        public string ToYaml()
        {
            var used = ItemSum + Allocations.Sum(a => a.Amount);
            // The frame leaves 5–15 % headroom over everything spent, rounded up to 100 000 kr, so the year is valid.
            var total = Math.Max(1_000_000m, Math.Ceiling(used * (1.05m + (Year % 11) / 100m) / 100_000m) * 100_000m);
            var sb = new StringBuilder();
            sb.Append(Inv, $"year: {Year}\n");
            sb.Append("title: Utmaningsdrivna nätverksprocesser\n");
            sb.Append(Inv, $"total: {total:0}\n");
            sb.Append("stages:\n  - key: step1\n    label: Steg 1\n  - key: process\n    label: Budget process\n");
            sb.Append("processes:\n");
            foreach (var p in Processes)
            {
                if (p.Owner is null)
                {
                    sb.Append("  - ").Append(Yaml.Scalar(p.Name)).Append('\n');
                }
                else
                {
                    sb.Append("  - name: ").Append(Yaml.Scalar(p.Name)).Append('\n');
                    sb.Append("    owner: ").Append(Yaml.Scalar(p.Owner)).Append('\n');
                }
            }

            sb.Append("allocations:\n");
            foreach (var (process, stage, amount) in Allocations)
            {
                sb.Append("  - { process: ").Append(Yaml.FlowScalar(process))
                  .Append(", stage: ").Append(stage)
                  .Append(", amount: ").Append(Money.Yaml(amount)).Append(" }\n");
            }

            return sb.ToString();
        }
    }

    private static readonly string[] Stages = ["step1", "process"];

    private Budget NewBudget(int year)
    {
        var processes = _rng.Sample(Words.Processes, _rng.Range(10, 20))
            .Select(name => _rng.Chance(0.3) ? new Process(name, null) : new Process(name, _rng.Pick(Words.Organisations)))
            .ToList();
        var keys = processes.SelectMany(p => Stages.Select(s => (p.Name, s))).ToList();
        // A few allocations decided outside the minutes. Their process+stage is never funded by an item,
        // so no key is funded twice whatever the checker counts as funding.
        var allocated = _rng.Sample(keys, _rng.Range(1, 3));
        return new Budget
        {
            Year = year,
            Processes = processes,
            Allocations = allocated.Select(k => (k.Name, k.s, (decimal)_rng.Range(1_000, 5_000) * 10)).ToList(),
            FundableKeys = keys.Except(allocated).ToList(),
        };
    }

    // ---------------------------------------------------------------- people

    private sealed record Person(string Name, string Organisation);

    private sealed record Roster(List<Person> Board, List<Person> Office, Person Chair);

    private Roster NewRoster()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Person NewPerson(string organisation)
        {
            string name;
            do
            {
                name = _rng.Pick(Words.FirstNames) + " " + _rng.Pick(Words.LastNames);
            }
            while (!names.Add(name));
            return new Person(name, organisation);
        }

        var board = Enumerable.Range(0, _rng.Range(10, 14)).Select(_ => NewPerson(_rng.Pick(Words.Organisations))).ToList();
        var office = Enumerable.Range(0, _rng.Range(2, 4)).Select(_ => NewPerson("Kansliet")).ToList();
        return new Roster(board, office, board[0]);
    }

    // ---------------------------------------------------------------- meetings

    private void WriteMeeting(DateOnly date, int itemCount, Budget budget, Roster roster)
    {
        var id = date.ToString("yyyy-MM-dd", Inv) + "-styrgrupp";
        var present = _rng.Sample(roster.Board.Skip(1).ToList(), _rng.Range(5, 8));
        present.Insert(0, roster.Chair);
        var absent = roster.Board.Except(present).Take(_rng.Range(0, 2)).Select(p => p.Name).ToList();
        var secretary = _rng.Pick(roster.Office);
        var adjusters = present.Skip(1).Take(_rng.Range(1, 2)).Select(p => p.Name).ToList();

        var sb = new StringBuilder();
        sb.Append(Inv, $"date: {date:yyyy-MM-dd}\n");
        sb.Append("title: ").Append(Yaml.Scalar(_rng.Pick(Words.MeetingTitles))).Append('\n');
        sb.Append("time: \"").Append(_rng.Pick(Words.Times)).Append("\"\n");
        sb.Append("place: ").Append(Yaml.Scalar(_rng.Pick(Words.Places))).Append('\n');
        sb.Append("chair: ").Append(Yaml.Scalar(roster.Chair.Name)).Append('\n');
        sb.Append("secretary: ").Append(Yaml.Scalar(secretary.Name)).Append('\n');
        sb.Append("adjusters: [").Append(string.Join(", ", adjusters.Select(Yaml.FlowScalar))).Append("]\n");
        sb.Append("attendees:\n");
        sb.Append("  - group: Styrgruppen\n    people:\n");
        foreach (var p in present)
        {
            var role = p == roster.Chair ? "ordförande" : null;
            AppendPerson(sb, p, role, itemCount);
        }

        sb.Append("  - group: Kansliet\n    people:\n");
        AppendPerson(sb, secretary, "sekreterare", itemCount);
        foreach (var p in roster.Office.Where(p => p != secretary).Take(_rng.Range(0, 2)))
        {
            AppendPerson(sb, p, null, itemCount);
        }

        sb.Append("absent: [").Append(string.Join(", ", absent.Select(Yaml.FlowScalar))).Append("]\n");
        var meetingYaml = sb.ToString();

        WriteContent(Path.Combine("meetings", id, "meeting.yml"), meetingYaml);
        WriteHugo(Path.Combine("content", id, "_index.md"), "---\n" + meetingYaml + "---\n");

        for (var n = 1; n <= itemCount; n++)
        {
            var (fileName, text) = NewItem(n, itemCount, budget);
            WriteContent(Path.Combine("meetings", id, fileName), text);
            WriteHugo(Path.Combine("content", id, fileName), text);
            _itemBytes += Utf8.GetByteCount(text);
        }
    }

    private void AppendPerson(StringBuilder sb, Person p, string? role, int itemCount)
    {
        sb.Append("      - { name: ").Append(Yaml.FlowScalar(p.Name))
          .Append(", organisation: ").Append(Yaml.FlowScalar(p.Organisation));
        if (role is not null)
        {
            sb.Append(", role: ").Append(role);
        }

        if (role is null && _rng.Chance(0.15))
        {
            var from = _rng.Range(1, itemCount / 2);
            sb.Append(Inv, $", items: \"{from}-{_rng.Range(from + 1, itemCount)}\"");
        }

        if (_rng.Chance(0.3))
        {
            sb.Append(", remote: true");
        }

        sb.Append(" }\n");
    }

    // ---------------------------------------------------------------- items

    private (string FileName, string Text) NewItem(int number, int count, Budget budget)
    {
        // Bodies draw from their own stream so front-matter changes do not reshuffle every body.
        var bodyRng = _rng.Fork();
        var fm = new StringBuilder();
        string title;
        string type;

        if (number == 1)
        {
            title = "Mötets öppnande";
            type = "information";
        }
        else if (number == count)
        {
            title = "Mötets avslutande";
            type = "information";
        }
        else if (_rng.Chance(0.55))
        {
            // Funded decision: about half of all items once the fixed first/last items are counted.
            var key = _rng.Pick(budget.FundableKeys);
            var process = budget.Processes.First(p => p.Name == key.Process);
            var applicant = process.Owner ?? _rng.Pick(Words.Organisations);
            var supplement = !budget.Funded.Add(key);
            var amount = (decimal)_rng.Range(2_000, 45_000) * 10;
            if (_rng.Chance(0.1))
            {
                amount += _rng.Range(1, 99) / 100m;
            }

            budget.ItemSum += amount;
            _funded++;
            var kr = Money.Swedish(amount);
            title = key.Stage == "step1"
                ? "Beslut om steg 1 för " + Lower(key.Process)
                : "Beslut nätverksprocess om utmaningen " + Lower(key.Process);
            if (supplement)
            {
                title = "Tilläggsbeslut för " + Lower(key.Process);
            }

            var proposal = key.Stage == "step1"
                ? $"Kansliet föreslår att styrgruppen beviljar medel för steg 1 i nätverksprocessen \"{key.Process}\" med {kr} enligt ansökan från {applicant}."
                : $"Kansliet föreslår att styrgruppen beslutar att den utmaningsdrivna nätverksprocessen \"{key.Process}\" kan genomföras enligt den arbetsplan och budget ({kr}) som {applicant} lämnat till kansliet.";
            fm.Append(Inv, $"number: {number}\n");
            fm.Append("title: ").Append(Yaml.Scalar(title)).Append('\n');
            fm.Append("type: decision\n");
            fm.Append("process: ").Append(Yaml.Scalar(key.Process)).Append('\n');
            fm.Append("stage: ").Append(key.Stage).Append('\n');
            fm.Append("amount: ").Append(Money.Yaml(amount)).Append('\n');
            if (supplement)
            {
                fm.Append("supplement: true\n");
            }

            fm.Append("outcome: approved\n");
            fm.Append("applicant: ").Append(Yaml.Scalar(applicant)).Append('\n');
            fm.Append("proposal: ").Append(Yaml.Scalar(proposal)).Append('\n');
            fm.Append("motives: |\n  ").Append(Sentences(_rng, _rng.Range(2, 4))).Append('\n');
            fm.Append("decision: Styrgruppen beslutar enligt förslaget.\n");
            fm.Append("attachments:\n");
            fm.Append("  - ").Append(Yaml.Scalar("Arbetsplan " + key.Process)).Append('\n');
            if (_rng.Chance(0.5))
            {
                fm.Append("  - ").Append(Yaml.Scalar("Budgetunderlag " + key.Process)).Append('\n');
            }

            return Finish(number, title, fm, bodyRng);
        }
        else
        {
            var topic = _rng.Pick(Words.Topics);
            var roll = _rng.NextDouble();
            type = roll < 0.5 ? "information" : roll < 0.7 ? "discussion" : "decision";
            title = type switch
            {
                "information" => "Information om " + topic,
                "discussion" => "Diskussion om " + topic,
                _ => "Beslut om " + topic,
            };
        }

        fm.Append(Inv, $"number: {number}\n");
        fm.Append("title: ").Append(Yaml.Scalar(title)).Append('\n');
        fm.Append("type: ").Append(type).Append('\n');
        if (type == "decision")
        {
            var roll = _rng.NextDouble();
            var outcome = roll < 0.6 ? "approved" : roll < 0.75 ? "deferred" : roll < 0.85 ? "rejected" : "proposed";
            fm.Append("outcome: ").Append(outcome).Append('\n');
            fm.Append("proposal: ").Append(Yaml.Scalar("Kansliet föreslår att styrgruppen beslutar att godkänna " + title["Beslut om ".Length..] + ".")).Append('\n');
            var decision = outcome switch
            {
                "approved" => "Styrgruppen beslutar enligt förslaget.",
                "deferred" => "Styrgruppen beslutar att bordlägga ärendet till nästa möte.",
                "rejected" => "Styrgruppen avslår förslaget.",
                _ => null,
            };
            if (decision is not null)
            {
                fm.Append("decision: ").Append(decision).Append('\n');
            }
        }
        else if (type == "information")
        {
            fm.Append("decision: Styrgruppen noterar informationen.\n");
        }

        return Finish(number, title, fm, bodyRng);
    }

    private static (string FileName, string Text) Finish(int number, string title, StringBuilder frontMatter, SplitMix64 bodyRng)
    {
        var text = "---\n" + frontMatter + "---\n" + Body.Generate(bodyRng);
        var fileName = string.Create(Inv, $"{number:00}-{Slug(title)}.md");
        return (fileName, text);
    }

    private static string Lower(string processName) =>
        processName.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? processName : processName.ToLowerInvariant();

    internal static string Sentences(SplitMix64 rng, int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            var words = Enumerable.Range(0, rng.Range(6, 14)).Select(_ => rng.Pick(Words.Common)).ToList();
            words[0] = Capitalise(words[0]);
            sb.AppendJoin(' ', words).Append('.');
        }

        return sb.ToString();
    }

    internal static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static readonly HashSet<string> SlugStopWords = new(["om", "för", "till", "av", "och", "i", "på", "nätverksprocess", "utmaningen"], StringComparer.Ordinal);

    /// <summary>File-name slug: up to five significant words of the title, ASCII, lower case, hyphenated.</summary>
    private static string Slug(string title)
    {
        var words = title.ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !SlugStopWords.Contains(w))
            .Take(5)
            .Select(w => new string(w.Select(c => c switch
            {
                'å' or 'ä' => 'a',
                'ö' => 'o',
                'é' => 'e',
                _ => c,
            }).Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9').ToArray()))
            .Where(w => w.Length > 0);
        return string.Join('-', words);
    }

    // ---------------------------------------------------------------- hugo

    private void WriteHugoSkeleton()
    {
        WriteHugo("hugo.toml", """
            # Benchmark site generated by bench/Protokoll.Gen.Bench.Corpus: the same items as ../content.
            # Fairness: `protokoll build` writes one HTML page per meeting (plus an index). So this site renders
            # exactly that: one list page per meeting (layouts/_default/list.html) and a small home page.
            # Item pages are parsed and their Markdown rendered (list.html calls .Content for each item),
            # but they are not written out as pages of their own (cascade build.render = "never" below),
            # and taxonomies, RSS, sitemap, robots.txt and 404 are switched off.
            baseURL = "https://example.org/"
            languageCode = "sv-se"
            defaultContentLanguage = "sv"
            title = "Nätverket för hållbar landsbygd"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            buildFuture = true
            buildExpired = true
            enableGitInfo = false

            # Build options are `_build` up to Hugo 0.122 (Debian 12 ships 0.111) and `build` from 0.123 on;
            # both are given so either version renders only the list pages.
            [[cascade]]
              [cascade._target]
                kind = "page"
              [cascade._build]
                render = "never"
                list = "always"
                publishResources = false
              [cascade.build]
                render = "never"
                list = "always"
                publishResources = false

            """);

        WriteHugo(Path.Combine("layouts", "_default", "list.html"), """
            <!DOCTYPE html>
            <html lang="sv">
            <head><meta charset="utf-8"><title>{{ .Title }} {{ .Date.Format "2006-01-02" }}</title></head>
            <body>
            <h1>{{ .Title }}</h1>
            <p>{{ .Date.Format "2006-01-02" }} · {{ .Params.place }} · {{ .Params.time }}</p>
            {{ range .Pages.ByParam "number" }}
            <section class="item">
              <h2>§ {{ .Params.number }}. {{ .Title }}</h2>
              {{ with .Params.proposal }}<p class="proposal">{{ . }}</p>{{ end }}
              {{ with .Params.amount }}<p class="amount">{{ lang.FormatNumberCustom (cond (eq (math.Floor .) (float .)) 0 2) . "-|,| " "|" }} kr</p>{{ end }}
              {{ .Content }}
            </section>
            {{ end }}
            </body>
            </html>

            """);

        // Never used while build.render = "never"; present so Hugo has a layout for every kind it knows.
        WriteHugo(Path.Combine("layouts", "_default", "single.html"), """
            <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1></body></html>

            """);

        WriteHugo(Path.Combine("layouts", "index.html"), """
            <!DOCTYPE html>
            <html lang="sv">
            <head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
            <body>
            <h1>{{ .Site.Title }}</h1>
            <ul>
            {{ range .Sections.ByDate }}<li><a href="{{ .RelPermalink }}">{{ .Date.Format "2006-01-02" }} {{ .Title }}</a></li>
            {{ end }}
            </ul>
            </body>
            </html>

            """);
    }

    // ---------------------------------------------------------------- io

    private void WriteContent(string relative, string text) => _contentBytes += Write(_content, relative, text);

    private void WriteHugo(string relative, string text) => _hugoBytes += Write(_hugo, relative, text);

    private static long Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = Utf8.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        return bytes.Length;
    }
}
