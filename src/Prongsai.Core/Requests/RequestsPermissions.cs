namespace Prongsai.Core.Requests;

/// <summary>Permissions of citizen requests (declared with their roles in RequestsFeature; docs/permissions.md).</summary>
public static class RequestsPermissions
{
    /// <summary>Set up request types (deadlines, handling department, publishing) and edit the complaint handling rules page.</summary>
    public const string ConfigureRequests = "ConfigureRequests";

    /// <summary>Screen new requests, assign them, forward them to another agency, reject them.</summary>
    public const string ScreenRequests = "ScreenRequests";

    /// <summary>Answer, message the citizen, add internal notes, conclude, take a published question off the website — department roles: own departments only.</summary>
    public const string AnswerRequests = "AnswerRequests";

    /// <summary>See corruption and misconduct complaints at all (ComplaintOfficer only).</summary>
    public const string ViewCorruptionComplaints = "ViewCorruptionComplaints";
}
