using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Satisfaction;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Satisfaction;

/// <summary>Builders: answers and reports through the real use cases.</summary>
internal static class SatisfactionTestData
{
    public static SatisfactionInput Scores(int? process = 5, int? staff = 4, int? facilities = 3, int? quality = 4,
        int? departmentId = null, string? suggestion = null) =>
        new(departmentId, process, staff, facilities, quality, suggestion);

    /// <summary>An answer sent from the organization's website (the scope works for the test organization, no one signed in).</summary>
    public static Task<Result<SatisfactionResponse>> SubmitAsync(MeasuresTestHost host, SatisfactionInput input) =>
        host.UseAsync<SubmitSatisfactionResponse, Result<SatisfactionResponse>>(s => s.RunAsync(input));

    public static async Task<SatisfactionResponse> SubmittedAsync(MeasuresTestHost host, SatisfactionInput input)
    {
        var result = await SubmitAsync(host, input);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value!;
    }

    public static Task<Result<SatisfactionReport>> PublishAsync(MeasuresTestHost host, Prongsai.Core.Organizations.StaffActor actor, int year, string? findings) =>
        host.UseAsync<PublishSatisfactionReport, Result<SatisfactionReport>>(p => p.RunAsync(actor, year, findings));

    public static Task<int> AnswerCountAsync(MeasuresTestHost host) => host.QueryAsync(db => db.Set<SatisfactionResponse>().CountAsync());

    /// <summary>Moves the clock to <paramref name="hour"/>:<paramref name="minute"/> in Bangkok of <paramref name="day"/>.</summary>
    public static void At(MeasuresTestHost host, DateOnly day, int hour = 12, int minute = 0) =>
        host.Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7));
}
