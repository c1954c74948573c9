using Microsoft.Extensions.Configuration;

namespace Prongsai.Data;

/// <summary>
/// Resolves Prongsai:DataDirectory the same way for the web app and the command line:
/// an absolute path as given, a relative one under the working directory, default "data".
/// </summary>
public static class ProngsaiPaths
{
    public static string DataDirectory(IConfiguration configuration)
    {
        var configured = configuration["Prongsai:DataDirectory"];
        var path = string.IsNullOrWhiteSpace(configured) ? "data" : configured;
        return Path.GetFullPath(path, Directory.GetCurrentDirectory());
    }

    public static string FilesDirectory(IConfiguration configuration) =>
        Path.Combine(DataDirectory(configuration), "files");
}
