namespace Protokoll.Gen.Model;

/// <summary>
/// One group in the attendance list ("Styrgruppen", "Kansliet", "Övriga"). <see cref="Voting"/> is false for a group
/// that attends without taking part in decisions (officials, guests): its people are never counted in a vote.
/// </summary>
public sealed record AttendeeGroup(string Group, IReadOnlyList<Attendee> People, bool Voting = true);
