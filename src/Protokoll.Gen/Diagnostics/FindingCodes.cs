namespace Protokoll.Gen.Diagnostics;

/// <summary>
/// The stable finding codes. They are a contract (CI scripts filter on them): add new ones, never renumber.
/// The README's table is generated from <see cref="All"/> by a test, so the two cannot drift.
/// </summary>
public static class FindingCodes
{
    public const string UnreadableFile = "PG001";
    public const string YamlSyntax = "PG002";
    public const string UnknownKey = "PG003";
    public const string MissingKey = "PG004";
    public const string WrongType = "PG005";
    public const string InvalidDate = "PG006";
    public const string MissingFrontMatter = "PG007";
    public const string MissingFile = "PG008";
    public const string InvalidValue = "PG009";
    public const string YamlLimit = "PG010";
    public const string LinkRefused = "PG011";

    public const string AmountUnreadable = "PG101";
    public const string AmountNotPositive = "PG102";
    public const string AmountTooPrecise = "PG103";
    public const string AmountWithoutProcess = "PG104";
    public const string UnknownProcess = "PG105";
    public const string UnknownStage = "PG106";
    public const string StageRequired = "PG107";
    public const string AmountTooLarge = "PG108";

    public const string NumberMissing = "PG201";
    public const string NumberInvalid = "PG202";
    public const string NumberDuplicate = "PG203";

    public const string OverCommitment = "PG301";
    public const string DoubleFunding = "PG302";
    public const string TextAmountMismatch = "PG303";
    public const string MissingBudget = "PG304";
    public const string DuplicateBudgetYear = "PG305";
    public const string DuplicateProcess = "PG306";

    public const string TemplateError = "PG401";
    public const string OutputRefused = "PG402";

    public const string ImportArithmetic = "PG501";
    public const string ImportUnmapped = "PG502";
    public const string DecisionTextMissing = "PG601";
    public const string VoteCountMismatch = "PG602";
    public const string VoterNotPresent = "PG603";
    public const string RecusedVoter = "PG604";
    public const string ReservationNotPresent = "PG605";
    public const string ReservationByYesVoter = "PG606";
    public const string AdjustmentLate = "PG607";
    public const string NoticeBeforeAdjustment = "PG608";
    public const string NoticeLate = "PG609";
    public const string NumberGap = "PG610";
    public const string AdjustmentOverdue = "PG611";
    public const string NoticeOverdue = "PG612";
    public const string AdjustedMinutesChanged = "PG613";

    public const string MarkdownTooDeep = "PG701";
    public const string TooManyItems = "PG702";
    public const string MeetingFolderName = "PG703";

    public const string PdfRequestBlocked = "PG801";
    public const string PdfFailed = "PG802";

    /// <summary>Every code with its short name and what it means, in code order.</summary>
    public static IReadOnlyList<(string Code, string Name, string Meaning)> All { get; } =
    [
        (UnreadableFile, "unreadable-file", "The file cannot be read as UTF-8 text."),
        (YamlSyntax, "yaml-syntax", "The YAML (a settings file or an item's front matter) does not parse."),
        (UnknownKey, "unknown-key", "A key the format does not know; the message suggests the closest known key."),
        (MissingKey, "missing-key", "A required key is missing."),
        (WrongType, "wrong-type", "A value has the wrong shape or type (a list where text is expected, a word where a number is expected, ...)."),
        (InvalidDate, "invalid-date", "A date that is not an ISO 8601 date (YYYY-MM-DD)."),
        (MissingFrontMatter, "missing-front-matter", "An item file that does not start with a `---` front matter block."),
        (MissingFile, "missing-file", "A required file is missing: protokoll.yml in the content folder, or meeting.yml in a meeting folder."),
        (InvalidValue, "invalid-value", "A value outside the allowed set (type, outcome, locale, numbering, ...)."),
        (YamlLimit, "yaml-limit", "YAML that exceeds a safety limit: anchors/aliases, nesting deeper than 64 levels, or a file over the size limit."),
        (LinkRefused, "link-refused", "A symbolic link in the content folder (a file or a folder) or a label file that is a link; it is not followed, so a pull request cannot publish a file from outside."),
        (AmountUnreadable, "amount-unreadable", "An amount that cannot be read as kronor."),
        (AmountNotPositive, "amount-not-positive", "An amount that is zero or negative."),
        (AmountTooPrecise, "amount-too-precise", "An amount with more than two decimals (öre)."),
        (AmountWithoutProcess, "amount-without-process", "An amount that names no process."),
        (UnknownProcess, "unknown-process", "A process that the meeting's budget does not list; the message suggests the closest one."),
        (UnknownStage, "unknown-stage", "A stage key that the budget does not define."),
        (StageRequired, "stage-required", "No stage given where the budget has several."),
        (AmountTooLarge, "amount-too-large", "An amount (or a sum) beyond 999 999 999 999,99 kr."),
        (NumberMissing, "number-missing", "An item without `number`."),
        (NumberInvalid, "number-invalid", "An item number that is not a positive whole number (optionally followed by a letter, as in 17a)."),
        (NumberDuplicate, "number-duplicate", "The same item number twice in a meeting (in a year, with `numbering: per-year`)."),
        (OverCommitment, "over-commitment", "The first amount that makes the reserved sum exceed the budget's total."),
        (DoubleFunding, "double-funding", "The same process and stage funded twice in a year without `supplement: true`."),
        (TextAmountMismatch, "text-amount-mismatch", "An amount in kronor written in the proposal or decision text that differs from the item's amount (warning)."),
        (MissingBudget, "missing-budget", "An item with an amount in a meeting whose budget year has no budget file."),
        (DuplicateBudgetYear, "duplicate-budget-year", "Two budget files for the same year, or a file name that does not match its `year`."),
        (DuplicateProcess, "duplicate-process", "A process listed twice in one budget."),
        (TemplateError, "template-error", "A Scriban template that does not parse or fails while rendering."),
        (OutputRefused, "output-refused", "An output folder that would write into the content folder."),
        (ImportArithmetic, "import-arithmetic", "A figure of an imported legacy budget table that its own cells do not add up to (a stage total, reserved, or remaining)."),
        (ImportUnmapped, "import-unmapped", "Legacy text or a table figure the import could not map to the content format; it is kept in the item's body (warning)."),
        (DecisionTextMissing, "decision-text-missing", "A decision item (`type: decision`, outcome approved or rejected) without a `decision` text."),
        (VoteCountMismatch, "vote-count-mismatch", "A vote whose counts or named lists do not add up to the voting members present at the item (less those recused)."),
        (VoterNotPresent, "voter-not-present", "A name in an open vote who was not a voting member present at the item."),
        (RecusedVoter, "recused-voter", "A member recused (jäv) from the item recorded as voting on it."),
        (ReservationNotPresent, "reservation-not-present", "A reservation by someone who did not take part in the decision (absent, recused or not a voting member)."),
        (ReservationByYesVoter, "reservation-by-yes-voter", "A reservation against an approved decision by a member who voted ja for it."),
        (AdjustmentLate, "adjustment-late", "A justering date more than 14 days after the meeting (kommunallagen: justering within 14 days)."),
        (NoticeBeforeAdjustment, "notice-before-adjustment", "An anslag date before the minutes were adjusted, or an anslag while they are not adjusted."),
        (NoticeLate, "notice-late", "An anslag date more than 2 days after the justering (KL 8 kap 12 §)."),
        (NumberGap, "number-gap", "A § number missing from the year's sequence with `numbering: per-year` (warning)."),
        (AdjustmentOverdue, "adjustment-overdue", "`protokoll deadlines`: the justering deadline has passed and the minutes are not adjusted (warning)."),
        (NoticeOverdue, "notice-overdue", "`protokoll deadlines`: the anslag deadline has passed and no anslag date is recorded (warning)."),
        (AdjustedMinutesChanged, "adjusted-minutes-changed", "`diff` and `check --base`: an item of minutes already adjusted (justerade) was changed, added or removed; a correction must be a new note starting \"Rättelse\"."),
        (MarkdownTooDeep, "markdown-too-deep", "Markdown nested deeper than the renderer accepts (hundreds of '[' or '>' in a row)."),
        (TooManyItems, "too-many-items", "A meeting folder with more item files than a meeting can have (10 000)."),
        (MeetingFolderName, "meeting-folder-name", "A meeting folder whose name cannot safely be a web address (only letters, digits, spaces, '-', '_' and '.', starting with a letter or digit)."),
        (PdfRequestBlocked, "pdf-request-blocked", "`build --pdf`: a page asked for something outside the output folder (a remote image, a CSS import, a frame); it was blocked and the PDF printed without it (warning, with the URL)."),
        (PdfFailed, "pdf-failed", "`build --pdf`: a page could not be printed (the browser failed or the page exceeded the time limit); nothing was written."),
    ];
}
