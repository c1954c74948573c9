#!/usr/bin/env python3
"""Adds the provider-specific full-text SQL to the Publishing migrations (run after `dotnet ef migrations add Publishing`)."""
import glob, re

SQLITE_UP = r'''
            // Full-text index over the segmented words (docs/publishing.md, Search).
            migrationBuilder.Sql(@"CREATE VIRTUAL TABLE ""SearchFts"" USING fts5(""TitleTokens"", ""BodyTokens"", content='SearchEntries', content_rowid='Id', tokenize=""unicode61 remove_diacritics 0 categories 'L* N* Co M*'"");");
            migrationBuilder.Sql(@"CREATE TRIGGER ""SearchEntries_ai"" AFTER INSERT ON ""SearchEntries"" BEGIN INSERT INTO ""SearchFts""(rowid, ""TitleTokens"", ""BodyTokens"") VALUES (new.""Id"", new.""TitleTokens"", new.""BodyTokens""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""SearchEntries_ad"" AFTER DELETE ON ""SearchEntries"" BEGIN INSERT INTO ""SearchFts""(""SearchFts"", rowid, ""TitleTokens"", ""BodyTokens"") VALUES ('delete', old.""Id"", old.""TitleTokens"", old.""BodyTokens""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""SearchEntries_au"" AFTER UPDATE ON ""SearchEntries"" BEGIN INSERT INTO ""SearchFts""(""SearchFts"", rowid, ""TitleTokens"", ""BodyTokens"") VALUES ('delete', old.""Id"", old.""TitleTokens"", old.""BodyTokens""); INSERT INTO ""SearchFts""(rowid, ""TitleTokens"", ""BodyTokens"") VALUES (new.""Id"", new.""TitleTokens"", new.""BodyTokens""); END;");
'''
SQLITE_DOWN = r'''
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""SearchEntries_au"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""SearchEntries_ad"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""SearchEntries_ai"";");
            migrationBuilder.Sql(@"DROP TABLE IF EXISTS ""SearchFts"";");
'''
PG_UP = r'''
            // Full-text index: a tsvector built by the app from the segmented words, with a GIN index.
            migrationBuilder.Sql(@"ALTER TABLE ""SearchEntries"" ADD COLUMN ""SearchVector"" tsvector NOT NULL DEFAULT ''::tsvector;");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_SearchEntries_SearchVector"" ON ""SearchEntries"" USING GIN (""SearchVector"");");
'''
PG_DOWN = r'''
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS ""IX_SearchEntries_SearchVector"";");
'''

def patch(path, up, down):
    s = open(path).read()
    if 'SearchFts' in s or 'SearchVector' in s:
        return
    up_start = s.index('protected override void Up(MigrationBuilder migrationBuilder)')
    down_start = s.index('protected override void Down(MigrationBuilder migrationBuilder)')
    # end of Up: the last "        }" before Down
    up_end = s.rindex('        }\n', up_start, down_start)
    s = s[:up_end] + up + s[up_end:]
    down_start = s.index('protected override void Down(MigrationBuilder migrationBuilder)')
    brace = s.index('{', down_start) + 1
    s = s[:brace] + down + s[brace:]
    open(path, 'w').write(s)

for p in glob.glob('src/Prongsai.Data/Migrations/Sqlite/*_Publishing.cs'):
    patch(p, SQLITE_UP, SQLITE_DOWN)
for p in glob.glob('src/Prongsai.Data/Migrations/Postgres/*_Publishing.cs'):
    patch(p, PG_UP, PG_DOWN)
