using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Checks;

/// <summary>One rule over the loaded content: a small unit that returns findings and changes nothing.</summary>
public interface ICheck
{
    IEnumerable<Finding> Run(CheckContext context);
}
