using Prongsai.Cli;
using Prongsai.Cli.Verbs;

namespace Prongsai.Tests.Foundation;

/// <summary>How the command line reads a verb's arguments against the options it declares.</summary>
public sealed class ArgReaderTests
{
    private static readonly VerbOptions Export = new VerbOptions().Value("org").Value("output", 'o').Value("version").Flag("draft").Flag("force");
    private static readonly VerbOptions Import = new VerbOptions().Positional("FILE").Value("org").Value("fiscal-year").Flag("dry-run");

    [Fact]
    public void A_flag_never_takes_the_next_word_and_a_short_option_is_an_option()
    {
        var export = new ArgReader(["--draft", "-o", "d.pdf", "--org", "khokkloi"], Export);
        Assert.True(export.Flag("draft"));
        Assert.Equal("d.pdf", export.Required("output"));
        Assert.Equal("khokkloi", export.Required("org"));
        Assert.False(export.Flag("force"));

        var import = new ArgReader(["--dry-run", "report.txt", "--org", "khokkloi", "--fiscal-year", "2567"], Import);
        Assert.True(import.Flag("dry-run"));
        Assert.Equal(new[] { "report.txt" }, import.Positional);
        Assert.Equal(2567, import.OptionalInt("fiscal-year"));

        Assert.Equal("x.docx", new ArgReader(["-o=x.docx"], Export).Required("output"));
        Assert.Equal("x.docx", new ArgReader(["--output=x.docx"], Export).Required("output"));
        // A value that only looks like a dash-word is still a value; "--" ends the options.
        Assert.Equal("-abc", new ArgReader(["--org", "-abc"], Export).Required("org"));
        Assert.Equal(new[] { "--odd-name.txt" }, new ArgReader(["--org", "k", "--", "--odd-name.txt"], Import).Positional);
    }

    [Theory]
    [InlineData("--dryrun", "unknown option --dryrun")]
    [InlineData("--bogus=1", "unknown option --bogus")]
    [InlineData("-x", "unknown option -x")]
    [InlineData("--dry-run=yes", "--dry-run takes no value")]
    [InlineData("--org", "--org needs a value")]
    [InlineData("second.txt", "unexpected argument \"second.txt\"")]
    public void Anything_not_declared_is_refused_when_read(string extra, string english)
    {
        var refused = Assert.Throws<UsageException>(() => new ArgReader(["first.txt", extra], Import));
        Assert.Contains(english, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_given_twice_or_a_missing_value_before_another_option_is_refused()
    {
        Assert.Contains("--output (-o) is given twice",
            Assert.Throws<UsageException>(() => new ArgReader(["-o", "a.pdf", "--output", "b.pdf"], Export)).Message, StringComparison.Ordinal);
        Assert.Contains("--output (-o) needs a value",
            Assert.Throws<UsageException>(() => new ArgReader(["-o", "--draft"], Export)).Message, StringComparison.Ordinal);
        Assert.Contains("--output (-o) is required",
            Assert.Throws<UsageException>(() => new ArgReader(["--draft"], Export).Required("output")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_verb_declares_the_options_its_help_names_and_names_every_option_it_declares()
    {
        foreach (var verb in CliApp.Verbs)
        {
            var named = System.Text.RegularExpressions.Regex.Matches(verb.Help, @"(?<![\w-])--?([a-z][a-z-]*)")
                .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            foreach (var name in named)
            {
                Assert.True(verb.Options.Find(name) is not null, $"{verb.Name}: its help names --{name}, which it does not declare");
            }

            foreach (var option in verb.Options.All)
            {
                Assert.True(named.Contains(option.Name) || (option.ShortName is { } s && named.Contains(s.ToString())),
                    $"{verb.Name}: declares --{option.Name}, which its help does not name");
            }
        }
    }
}
