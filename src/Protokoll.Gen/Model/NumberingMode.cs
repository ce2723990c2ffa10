namespace Protokoll.Gen.Model;

/// <summary>How § numbers run: restarting at every meeting, or on through the year.</summary>
public enum NumberingMode
{
    PerMeeting,
    PerYear,
}
