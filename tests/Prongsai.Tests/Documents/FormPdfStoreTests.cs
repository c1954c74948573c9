using Microsoft.Extensions.Configuration;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Tests.Documents;

/// <summary>The PDFs kept for live-count pages stay within their byte budget, whatever addresses strangers ask for.</summary>
public sealed class FormPdfStoreTests
{
    [Fact]
    public void A_pdf_is_kept_within_the_budget_and_one_larger_than_the_whole_store_is_not_kept()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [FormPdfStore.SizeLimitKey] = "1000" }).Build();
        using var store = new FormPdfStore(configuration);
        store.Keep("small", new byte[400]);
        store.Keep("huge", new byte[2000]);
        Assert.True(store.TryGet("small", out var small));
        Assert.Equal(400, small!.Length);
        Assert.False(store.TryGet("huge", out _));

        // Filling past the budget never holds more than it: two more of 400 cannot all stay beside the first.
        store.Keep("second", new byte[400]);
        store.Keep("third", new byte[400]);
        var kept = new[] { "small", "second", "third" }.Count(k => store.TryGet(k, out _));
        Assert.True(kept <= 2, $"{kept} PDFs of 400 bytes kept in a store of 1000");
    }
}
