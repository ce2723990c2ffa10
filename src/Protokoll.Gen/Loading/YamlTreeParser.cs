using Protokoll.Gen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Protokoll.Gen.Loading;

/// <summary>
/// Parses one YAML document into a <see cref="YamlNode"/> tree, turning every syntax error and every safety
/// limit into a finding at the file's line and column. Never throws for bad input.
/// </summary>
internal static class YamlTreeParser
{
    /// <summary>Content files are shallow; anything deeper is hostile or broken.</summary>
    public const int MaxDepth = 64;

    /// <summary>Bounds the work a single file can cause, whatever its shape.</summary>
    public const int MaxNodes = 100_000;

    /// <param name="text">The YAML text.</param>
    /// <param name="file">The file, for findings.</param>
    /// <param name="lineOffset">Lines before the YAML in the file (1 for front matter after the opening <c>---</c>).</param>
    /// <param name="findings">Receives the finding when the text does not parse.</param>
    /// <returns>The root node, or null when the text does not parse or is empty.</returns>
    public static YamlNode? Parse(string text, string file, int lineOffset, List<Finding> findings)
    {
        var lines = new LineMap(text);
        var state = new State(new Parser(new StringReader(text)), lines);
        try
        {
            return state.ReadDocument();
        }
        catch (LimitExceededException limit)
        {
            findings.Add(Finding.Error(FindingCodes.YamlLimit, limit.Message,
                new SourceLocation(file, limit.Line + lineOffset, limit.Column)));
        }
        catch (SecondDocumentException second)
        {
            findings.Add(Finding.Error(FindingCodes.YamlSyntax,
                "A second YAML document starts here, after a '---' or '...' line, and a content file holds only one: everything from here on would be ignored. Remove the separator line and keep all keys in one document.",
                new SourceLocation(file, second.Line + lineOffset, second.Column)));
        }
        catch (KeyProblemException key)
        {
            findings.Add(SyntaxFinding(key.Message, file, key.Line + lineOffset, key.Column));
        }
        catch (YamlException syntax)
        {
            // YamlDotNet's End mark is the problem itself; Start is where the enclosing construct began.
            var mark = syntax.End.Line >= syntax.Start.Line && syntax.End.Index > 0 ? syntax.End : syntax.Start;
            var (line, column) = TabIndentation(text) ?? lines.At(mark.Index);
            findings.Add(SyntaxFinding(Describe(syntax), file, line + lineOffset, column));
        }
        catch (Exception broken) when (broken is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these for some malformed input instead of a YamlException.
            var (line, column) = TabIndentation(text) ?? (state.LastLine, state.LastColumn);
            findings.Add(SyntaxFinding("the text is not well-formed YAML (an unclosed bracket or quote?)", file, line + lineOffset, column));
        }

        return null;
    }

    /// <summary>
    /// The first tab in a line's indentation. YamlDotNet reports such errors at the enclosing block, but the
    /// secretary needs the line with the tab.
    /// </summary>
    private static (int Line, int Column)? TabIndentation(string text)
    {
        var line = 1;
        var column = 1;
        var inIndentation = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                inIndentation = true;
                continue;
            }

            if (inIndentation && c == '\t')
            {
                return (line, column);
            }

            inIndentation &= c == ' ';
            column++;
        }

        return null;
    }

    private static Finding SyntaxFinding(string problem, string file, int line, int column) =>
        Finding.Error(FindingCodes.YamlSyntax,
            $"The YAML does not parse: {problem}. Check indentation (spaces, not tabs), colons after keys, and quotes around text that contains ': ' or starts with a special character.",
            new SourceLocation(file, Math.Max(1, line), Math.Max(1, column)));

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 1, Idx: 0) - (...)": the location is reported separately.
        var message = exception.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = marker >= 0 ? message[(marker + 3)..] : message;
        return text.TrimEnd('.');
    }

    private sealed class LimitExceededException(string message, int line, int column) : Exception(message)
    {
        public int Line { get; } = line;
        public int Column { get; } = column;
    }

    /// <summary>Text after the end of the first document, at its first event.</summary>
    private sealed class SecondDocumentException(int line, int column) : Exception("a second YAML document")
    {
        public int Line { get; } = line;
        public int Column { get; } = column;
    }

    /// <summary>A key the tree refuses, at a place already counted in the file's own lines.</summary>
    private sealed class KeyProblemException(string message, int line, int column) : Exception(message)
    {
        public int Line { get; } = line;
        public int Column { get; } = column;
    }

    /// <summary>
    /// Lines and columns as an editor counts them: YamlDotNet also breaks lines at U+0085, U+2028 and U+2029 (YAML
    /// 1.1), so its own line numbers drift past such a character; places are computed from its character index instead.
    /// </summary>
    private sealed class LineMap(string text)
    {
        private readonly int[] _lineStarts = LineStarts(text);

        public (int Line, int Column) At(long index)
        {
            var offset = (int)Math.Clamp(index, 0, text.Length);
            var line = Array.BinarySearch(_lineStarts, offset);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1, offset - _lineStarts[line] + 1);
        }

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                starts.Add(i + 1);
            }

            return [.. starts];
        }
    }

    private sealed class State(IParser parser, LineMap lines)
    {
        private int _nodes;

        /// <summary>Where the last value started: the best place to point at when the scanner fails without a mark.</summary>
        public int LastLine { get; private set; } = 1;

        public int LastColumn { get; private set; } = 1;

        public YamlNode? ReadDocument()
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                // A '---' or '...' line ends the first document; whatever follows was silently ignored, so
                // 'total: 5' after it looked accepted while the first document's value counted.
                var (line, column) = lines.At(parser.Current!.Start.Index);
                throw new SecondDocumentException(line, column);
            }

            return root;
        }

        private YamlNode ReadNode(int depth)
        {
            var current = parser.Current ?? throw new YamlException("unexpected end of the YAML");
            var (line, column) = lines.At(current.Start.Index);
            (LastLine, LastColumn) = (line, column);
            if (++_nodes > MaxNodes)
            {
                throw new LimitExceededException($"The YAML has more than {MaxNodes} values; split the file.", line, column);
            }

            if (depth > MaxDepth)
            {
                throw new LimitExceededException($"The YAML is nested more than {MaxDepth} levels deep; content files need only a few levels.", line, column);
            }

            switch (current)
            {
                case AnchorAlias:
                    throw new LimitExceededException(
                        "YAML aliases (*name) are not accepted in content files: write the value out where it is used.", line, column);
                case NodeEvent { Anchor.IsEmpty: false }:
                    throw new LimitExceededException(
                        "YAML anchors (&name) are not accepted in content files: write the value out where it is used.", line, column);
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                return new YamlScalar(line, column, scalar.Value, scalar.Style == ScalarStyle.Plain);
            }

            if (parser.TryConsume<SequenceStart>(out _))
            {
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(depth + 1));
                }

                return new YamlSequence(line, column, items);
            }

            if (parser.TryConsume<MappingStart>(out _))
            {
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(depth + 1);
                    if (keyNode is not YamlScalar key)
                    {
                        throw new KeyProblemException("a key must be plain text", keyNode.Line, keyNode.Column);
                    }

                    if (!seen.Add(key.Value))
                    {
                        throw new KeyProblemException($"the key '{key.Value}' appears twice in the same block; keep one", key.Line, key.Column);
                    }

                    entries.Add(new(key, ReadNode(depth + 1)));
                }

                return new YamlMapping(line, column, entries);
            }

            throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }
}
