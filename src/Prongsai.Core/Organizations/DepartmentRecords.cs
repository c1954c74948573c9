using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;

namespace Prongsai.Core.Organizations;

/// <summary>
/// Counts the records that name a department — measures, documents, procurement, budget lines, risks, requests, survey
/// answers… — by every foreign key the model has to it, so a feature added later is counted without being listed here.
/// Who belongs to a department (staff, the finance units) is an assignment, not a record: it ends with the department.
/// </summary>
internal static class DepartmentRecords
{
    private static readonly HashSet<Type> Assignments = [typeof(StaffDepartment), typeof(FinanceDepartment)];

    private static readonly MethodInfo CountMethod =
        typeof(DepartmentRecords).GetMethod(nameof(CountWhereAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The foreign keys from records to departments (not from assignments).</summary>
    public static IEnumerable<IForeignKey> Keys(IModel model) =>
        model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(k => k.PrincipalEntityType.ClrType == typeof(Department) && !Assignments.Contains(k.DeclaringEntityType.ClrType));

    public static async Task<int> CountAsync(ProngsaiDbContext db, int departmentId, CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var key in Keys(db.Model))
        {
            var property = key.Properties.Single();
            var count = (Task<int>)CountMethod.MakeGenericMethod(key.DeclaringEntityType.ClrType, property.ClrType)
                .Invoke(null, [db, property.Name, departmentId, cancellationToken])!;
            total += await count;
        }

        return total;
    }

    private static Task<int> CountWhereAsync<TEntity, TKey>(ProngsaiDbContext db, string property, int departmentId, CancellationToken cancellationToken)
        where TEntity : class
    {
        // e => EF.Property<TKey>(e, property) == departmentId, for int and int? keys alike.
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var key = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(TKey)], entity, Expression.Constant(property));
        var match = Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(key, Expression.Constant(departmentId, typeof(TKey))), entity);
        return db.Set<TEntity>().CountAsync(match, cancellationToken);
    }
}
