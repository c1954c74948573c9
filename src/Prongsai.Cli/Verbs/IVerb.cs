using Microsoft.Extensions.Configuration;

namespace Prongsai.Cli.Verbs;

public interface IVerb
{
    string Name { get; }
    string Summary { get; }
    string Help { get; }

    /// <summary>Every option the verb reads: anything else on its command line is refused before it runs.</summary>
    VerbOptions Options { get; }

    /// <summary>
    /// True for the verbs that bring an installation into being (the schema, the demo, the first organization or
    /// Operator) and so may create the database. Every other verb works on an installation that is there: run with
    /// settings that name no database (another working directory, a mistyped data directory, cron's empty
    /// environment), it is refused before it runs rather than creating an empty database and answering from it.
    /// </summary>
    bool SetsUpInstallation => false;

    /// <summary>
    /// True for a set-up verb that says itself where the database it made is and what it holds (restore): the command
    /// line then does not add "created a new database", which would read as an empty one.
    /// </summary>
    bool ReportsTheDatabaseItMakes => false;

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
