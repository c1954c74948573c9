using Microsoft.Extensions.Configuration;

namespace Prongsai.Cli.Verbs;

public interface IVerb
{
    string Name { get; }
    string Summary { get; }
    string Help { get; }
    Task<int> RunAsync(VerbContext context);
}

public sealed record VerbContext(IServiceProvider Services, IConfiguration Configuration, ArgReader Args, TextWriter Out, TextWriter Error)
{
    /// <summary>Prints a data error in Thai and English and returns exit code 1.</summary>
    public int Fail(string thai, string? english = null)
    {
        Error.WriteLine(english is null ? thai : $"{thai} / {english}");
        return CliApp.DataError;
    }

    /// <summary>Prints every error of a refused import, then that nothing was saved; exit code 1.</summary>
    public int FailImport(IEnumerable<Prongsai.Core.Common.Error> errors)
    {
        foreach (var error in errors)
        {
            Error.WriteLine(error.Message);
        }

        return Fail("นำเข้าไม่สำเร็จ ไม่ได้บันทึกข้อมูลใด ๆ", "import failed, nothing was saved");
    }
}

/// <summary>Wrong usage (missing or malformed option): exit code 2 with the verb's help.</summary>
public sealed class UsageException(string message) : Exception(message);
