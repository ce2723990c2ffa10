namespace Protokoll.Gen.Model;

/// <summary>What an agenda item asks of the body.</summary>
public enum ItemType
{
    Information,
    Decision,
    Discussion,
}
