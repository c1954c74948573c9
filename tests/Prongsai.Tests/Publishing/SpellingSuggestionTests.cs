using Prongsai.Core.Search;

namespace Prongsai.Tests.Publishing;

public sealed class SpellingSuggestionTests
{
    [Fact]
    public void A_cut_body_loses_the_word_the_cut_went_through()
    {
        Assert.Equal("งบ ประมาณ", SpellingSuggestion.WholeWordsOf("งบ ประมาณ", 20));
        Assert.Equal("แผน", SpellingSuggestion.WholeWordsOf("แผน งบประมาณ", 7));
        Assert.Equal("แผน งบประมาณ", SpellingSuggestion.WholeWordsOf("แผน งบประมาณ รายจ่าย", 12));
        Assert.Equal("", SpellingSuggestion.WholeWordsOf("งบประมาณ", 4));
    }

    [Fact]
    public void Between_equally_near_words_the_common_one_is_offered()
    {
        // "งบประมา" (a rare leftover) and "งบประมาณ" are both one letter from the slip "งบประมาน".
        var vocabulary = SpellingSuggestion.Vocabulary(["งบประมา", "งบประมาณ", "งบประมาณ แผน", "งบประมาณ"]);

        Assert.Equal("งบประมาณ", SpellingSuggestion.Suggest("งบประมาน", vocabulary));
    }

    [Fact]
    public void The_nearest_word_still_wins_over_a_common_farther_one()
    {
        var vocabulary = SpellingSuggestion.Vocabulary(["ประชาสัมพันธ์", "ประชาคม ประชาคม ประชาคม"]);

        Assert.Equal("ประชาสัมพันธ์", SpellingSuggestion.Suggest("ประชาสัมพันท", vocabulary));
    }
}
