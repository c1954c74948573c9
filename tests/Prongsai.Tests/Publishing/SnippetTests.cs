using Prongsai.Core.Search;

namespace Prongsai.Tests.Publishing;

/// <summary>The highlighted snippet of a hit, computed in the app for both databases.</summary>
public sealed class SnippetTests
{
    [Fact]
    public void A_phrase_whose_first_word_is_everywhere_is_still_found_far_into_the_text()
    {
        // "การ" begins hundreds of words before the phrase does; each occurrence used to cost a segmentation and the
        // search gave up after forty of them.
        var text = string.Concat(Enumerable.Repeat("การทำงานการเงินการคลัง ", 200)) + "ผลการประเมินคุณธรรมและความโปร่งใสประจำปี";
        IReadOnlyList<IReadOnlyList<string>> phrase = [["การ", "ประเมิน", "คุณธรรม"]];

        var snippet = Snippets.Make(ThaiSegmenter.Normalize(text), phrase);

        Assert.Contains("ผล<mark>การประเมินคุณธรรม</mark>และ", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_of_a_phrase_may_stand_apart_by_spaces_or_punctuation_but_not_inside_other_words()
    {
        IReadOnlyList<IReadOnlyList<string>> phrase = [["ถนน", "ลูกรัง"]];

        Assert.Contains("<mark>ถนน ลูกรัง</mark>", Snippets.Make("ซ่อมถนน ลูกรังหมู่ 3", phrase), StringComparison.Ordinal);
        Assert.Contains("<mark>ถนน, ลูกรัง</mark>", Snippets.Make("ซ่อมถนน, ลูกรังหมู่ 3", phrase), StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", Snippets.Make("ซ่อมถนนคอนกรีตลูกรัง", phrase), StringComparison.Ordinal);
        // The first word at the very end of the text, the rest missing: no match, and no reading past the end.
        Assert.Equal("ซ่อมถนน", Snippets.Make("ซ่อมถนน", phrase));
    }
}
