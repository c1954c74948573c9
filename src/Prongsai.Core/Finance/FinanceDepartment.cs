using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Finance;

/// <summary>A department the OrgAdmin named as keeping the budget and procurement data.</summary>
public sealed class FinanceDepartment : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int DepartmentId { get; set; }
}

internal sealed class FinanceDepartmentConfiguration : IEntityTypeConfiguration<FinanceDepartment>
{
    public void Configure(EntityTypeBuilder<FinanceDepartment> b)
    {
        b.ToTable("FinanceDepartments");
        b.HasIndex(f => new { f.OrganizationId, f.DepartmentId }).IsUnique();
        b.HasOne<Department>().WithMany().HasForeignKey(f => f.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
