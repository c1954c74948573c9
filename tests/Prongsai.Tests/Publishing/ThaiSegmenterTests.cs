using Prongsai.Core.Search;

namespace Prongsai.Tests.Publishing;

public sealed class ThaiSegmenterTests
{
    [Fact]
    public void Unspaced_Thai_is_split_into_dictionary_words()
    {
        Assert.Equal(["ประชาชน", "ใน", "พื้นที่", "ของ", "องค์การ", "บริหาร", "ส่วน", "ตำบล", "บาง", "คา"],
            ThaiSegmenter.Words("ประชาชนในพื้นที่ขององค์การบริหารส่วนตำบลบางคา"));
    }

    [Fact]
    public void Punctuation_goes_Thai_digits_become_ASCII_and_Latin_is_lower_cased()
    {
        Assert.Equal(["ปี", "2567", "e", "gp", "no", "gift", "policy"], ThaiSegmenter.Words("ปี ๒๕๖๗ (e-GP) \"No Gift Policy\"!"));
    }

    [Theory]
    [InlineData("ตา", "ดำเนินการตามแผน")]
    [InlineData("มา", "มาตรการส่งเสริมคุณธรรม")]
    [InlineData("คา", "ราคากลาง")]
    public void A_short_word_is_not_a_token_inside_a_longer_one(string word, string text)
    {
        Assert.Contains(word, text, StringComparison.Ordinal);
        Assert.DoesNotContain(word, ThaiSegmenter.Words(text));
    }

    [Fact]
    public void Hostile_queries_become_plain_quoted_tokens()
    {
        var phrases = SearchSyntax.Phrases("\"NEAR( * OR -x ^ {col}: ' ; DROP TABLE");
        var terms = SearchQueryExpansion.Expand(phrases, []);
        var fts = SearchSyntax.SqliteQuery(terms);
        var pg = SearchSyntax.PostgresQuery(terms);
        // The only brackets and operators are the ones the query builder writes around quoted tokens.
        Assert.Equal("(\"near\") AND (\"or\") AND (\"x\") AND (\"col\") AND (\"drop\") AND (\"table\")", fts);
        Assert.Equal("(('near')) & (('or')) & (('x')) & (('col')) & (('drop')) & (('table'))", pg);
    }
}
