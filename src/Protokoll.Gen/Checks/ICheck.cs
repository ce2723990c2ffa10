using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Checks;

/// <summary>
/// One rule over the loaded content: a small unit that returns findings and changes nothing. <see cref="CheckSuite"/>
/// runs the checks side by side, so a check keeps no state shared with another run.
/// </summary>
public interface ICheck
{
    IEnumerable<Finding> Run(CheckContext context);
}
