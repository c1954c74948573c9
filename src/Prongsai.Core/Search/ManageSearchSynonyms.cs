using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Search;

/// <summary>The Operator keeps the platform's synonym list: add, change and remove groups.</summary>
public sealed class ManageSearchSynonyms(ProngsaiDbContext db)
{
    public const int MaxTermsPerGroup = SearchQueryExpansion.MaxAlternatives;

    public async Task<IReadOnlyList<SearchSynonym>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<SearchSynonym>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(s => s.Terms, StringComparer.Ordinal).ToList();

    public async Task<Result<SearchSynonym>> AddAsync(StaffActor actor, string? terms, CancellationToken cancellationToken = default)
    {
        if (Refuse(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (Validate(terms) is { } invalid)
        {
            return invalid;
        }

        var group = new SearchSynonym { Id = Guid.NewGuid(), Terms = Clean(terms) };
        db.Set<SearchSynonym>().Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return group;
    }

    public async Task<Result<SearchSynonym>> UpdateAsync(StaffActor actor, Guid id, string? terms, CancellationToken cancellationToken = default)
    {
        if (Refuse(actor) is { } forbidden)
        {
            return forbidden;
        }

        var group = await db.Set<SearchSynonym>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (group is null)
        {
            return Error.NotFound("ไม่พบกลุ่มคำนี้");
        }

        if (Validate(terms) is { } invalid)
        {
            return invalid;
        }

        group.Terms = Clean(terms);
        await db.SaveChangesAsync(cancellationToken);
        return group;
    }

    public async Task<Result<Guid>> RemoveAsync(StaffActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (Refuse(actor) is { } forbidden)
        {
            return forbidden;
        }

        var group = await db.Set<SearchSynonym>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (group is null)
        {
            return Error.NotFound("ไม่พบกลุ่มคำนี้");
        }

        db.Set<SearchSynonym>().Remove(group);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    private static Error? Refuse(StaffActor actor) =>
        actor.IsOperator ? null : Error.Forbidden("เฉพาะผู้ดูแลแพลตฟอร์มเท่านั้นที่แก้ไขคำพ้องของการค้นหาได้");

    private static Error? Validate(string? terms)
    {
        var list = SearchSynonym.SplitTerms(terms);
        if (list.Count < 2)
        {
            return Error.Invalid("กรุณาระบุอย่างน้อยสองคำ คั่นด้วยเครื่องหมายจุลภาค เช่น อบต., องค์การบริหารส่วนตำบล", "terms");
        }

        if (list.Count > MaxTermsPerGroup)
        {
            return Error.Invalid($"กลุ่มหนึ่งมีได้ไม่เกิน {MaxTermsPerGroup} คำ", "terms");
        }

        if (Clean(terms).Length > SearchSynonym.MaxTermsLength)
        {
            return Error.Invalid($"รายการคำยาวเกิน {SearchSynonym.MaxTermsLength} ตัวอักษร", "terms");
        }

        if (list.FirstOrDefault(t => ThaiSegmenter.Words(t).Count == 0) is { } empty)
        {
            return Error.Invalid($"“{empty}” ไม่มีตัวอักษรหรือตัวเลขที่ค้นหาได้", "terms");
        }

        return null;
    }

    private static string Clean(string? terms) => string.Join(", ", SearchSynonym.SplitTerms(terms));
}
