namespace Protokoll.Gen.Rendering;

/// <summary>Which edition a build renders: everything for the body itself, or what may be published.</summary>
public enum Edition
{
    /// <summary>Everything, for the body and its secretariat (the default).</summary>
    Internal,

    /// <summary>Without items marked <c>public: false</c> and without the fields listed in <c>private:</c>.</summary>
    Public,
}
