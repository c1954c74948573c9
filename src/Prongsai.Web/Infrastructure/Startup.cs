using Prongsai.Core.Demo;
using Prongsai.Data;

namespace Prongsai.Web.Infrastructure;

/// <summary>What runs once before the app takes requests: migrations, then the demo organization.</summary>
public static class Startup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await MigrateAndSeedAsync(app);

        // Start-up (migrations; on a demo's first run, the imports, the PDF and the word segmentation of its seeding)
        // allocates far more than serving pages does. Give that memory back to the OS before the first request, so
        // a small box starts small (docs/performance.md, memory).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static async Task MigrateAndSeedAsync(WebApplication app)
    {
        if (app.Configuration.GetValue("Prongsai:MigrateOnStart", true))
        {
            await DataServices.MigrateAsync(app.Services);
        }

        if (app.Configuration.GetValue<bool>("Prongsai:Demo"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            var created = await seeder.SeedIfEmptyAsync(app.Configuration["Prongsai:DemoAdminPassword"]);
            if (created is not null)
            {
                // Printed once, on the run that created the account: it is not stored anywhere in clear.
                Console.WriteLine();
                Console.WriteLine("==== Prongsai demo ====");
                Console.WriteLine($"  ผู้ดูแลระบบตัวอย่าง / demo admin: {created.Email}");
                Console.WriteLine($"  รหัสผ่าน / password:            {created.Password}");
                Console.WriteLine("  (เปลี่ยนได้ด้วย / reset with: dotnet run --project src/Prongsai.Cli -- reset-password --email " + created.Email + ")");
                Console.WriteLine("=======================");
                Console.WriteLine();
            }
        }
    }
}
