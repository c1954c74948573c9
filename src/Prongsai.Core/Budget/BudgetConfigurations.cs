using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Budget;

/// <summary>Text lengths of the budget structure.</summary>
public static class BudgetLimits
{
    public const int Code = 20;
    public const int Name = 300;
    public const int Item = 1000;
}

internal sealed class BudgetPlanConfiguration : IEntityTypeConfiguration<BudgetPlan>
{
    public void Configure(EntityTypeBuilder<BudgetPlan> b)
    {
        b.ToTable("BudgetPlans");
        b.HasIndex(p => new { p.OrganizationId, p.FiscalYear }).IsUnique();
        b.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.ToTable("BudgetLines");
        b.Property(l => l.SectorCode).HasMaxLength(BudgetLimits.Code);
        b.Property(l => l.Sector).HasMaxLength(BudgetLimits.Name);
        b.Property(l => l.ProgramCode).HasMaxLength(BudgetLimits.Code);
        b.Property(l => l.Program).HasMaxLength(BudgetLimits.Name);
        b.Property(l => l.WorkCode).HasMaxLength(BudgetLimits.Code);
        b.Property(l => l.Work).HasMaxLength(BudgetLimits.Name);
        b.Property(l => l.Subcategory).HasMaxLength(BudgetLimits.Name);
        b.Property(l => l.Item).HasMaxLength(BudgetLimits.Item);
        b.Property(l => l.DepartmentName).HasMaxLength(BudgetLimits.Name);
        b.Property(l => l.Amount).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.HasIndex(l => new { l.OrganizationId, l.PlanId, l.Ordinal });
        b.HasOne<Department>().WithMany().HasForeignKey(l => l.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(l => l.Months).WithOne().HasForeignKey(m => m.LineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BudgetLineMonthConfiguration : IEntityTypeConfiguration<BudgetLineMonth>
{
    public void Configure(EntityTypeBuilder<BudgetLineMonth> b)
    {
        b.ToTable("BudgetLineMonths");
        b.Property(m => m.Planned).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.Property(m => m.Disbursed).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.HasIndex(m => new { m.LineId, m.FiscalMonth }).IsUnique();
        b.HasIndex(m => m.OrganizationId);
    }
}

internal sealed class BudgetReportPublicationConfiguration : IEntityTypeConfiguration<BudgetReportPublication>
{
    public void Configure(EntityTypeBuilder<BudgetReportPublication> b)
    {
        b.ToTable("BudgetReportPublications");
        b.Property(p => p.PublishedByUserId).HasMaxLength(450);
        b.Property(p => p.PublishedByName).HasMaxLength(200);
        b.HasIndex(p => new { p.OrganizationId, p.FiscalYear, p.Kind }).IsUnique();
    }
}
