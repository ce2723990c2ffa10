namespace Protokoll.Gen.Model;

/// <summary>One group in the attendance list ("Styrgruppen", "Kansliet", "Övriga").</summary>
public sealed record AttendeeGroup(string Group, IReadOnlyList<Attendee> People);
