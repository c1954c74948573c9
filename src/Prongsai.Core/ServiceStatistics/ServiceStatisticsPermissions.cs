namespace Prongsai.Core.ServiceStatistics;

/// <summary>Permissions of the service statistics (declared with their roles in ServiceStatisticsFeature; docs/permissions.md).</summary>
public static class ServiceStatisticsPermissions
{
    /// <summary>List the services one's department gives and record how many were given each month.</summary>
    public const string RecordServiceStatistics = "RecordServiceStatistics";
}
