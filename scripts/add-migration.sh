#!/usr/bin/env bash
# Creates one EF Core migration for BOTH databases from the current entity model.
#
#   scripts/add-migration.sh NAME        e.g. scripts/add-migration.sh AddDepartmentCode
#
# Writes src/Prongsai.Data/Migrations/Sqlite/<timestamp>_NAME.cs and
#        src/Prongsai.Data/Migrations/Postgres/<timestamp>_NAME.cs (with their Designer files and
# the updated model snapshots), exactly as dotnet-ef generates them. Nothing is edited by hand
# afterwards: the full-text search SQL is added at migration time by the app's migration SQL
# generators (src/Prongsai.Data/Schema/FullTextSearchSchema.cs) whenever a migration touches
# SearchEntries. Review both migrations, then run the MigrationsUpToDate tests (docs/testing.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

usage() { echo "usage: scripts/add-migration.sh NAME   (NAME: a C# identifier such as AddDepartmentCode)" >&2; exit 2; }
[ "$#" -eq 1 ] || usage
NAME="$1"
[[ "$NAME" =~ ^[A-Z][A-Za-z0-9]*$ ]] || usage

PROJECT=src/Prongsai.Data
MIGRATIONS="$PROJECT/Migrations"
for provider in Sqlite Postgres; do
    if compgen -G "$MIGRATIONS/$provider/*_${NAME}.cs" >/dev/null; then
        echo "error: a migration named $NAME already exists in $MIGRATIONS/$provider" >&2
        exit 1
    fi
done

dotnet tool restore >/dev/null
dotnet build "$PROJECT" -c Debug -nologo -v q

# A half-made pair is worse than none: on failure, remove what this run wrote and put the snapshots back.
BACKUP="$(mktemp -d)"
cp "$MIGRATIONS"/Sqlite/*ModelSnapshot.cs "$MIGRATIONS"/Postgres/*ModelSnapshot.cs "$BACKUP"/
undo() {
    rm -f "$MIGRATIONS"/Sqlite/*_"${NAME}".cs "$MIGRATIONS"/Sqlite/*_"${NAME}".Designer.cs \
        "$MIGRATIONS"/Postgres/*_"${NAME}".cs "$MIGRATIONS"/Postgres/*_"${NAME}".Designer.cs
    cp "$BACKUP"/Sqlite*ModelSnapshot.cs "$MIGRATIONS"/Sqlite/
    cp "$BACKUP"/Postgres*ModelSnapshot.cs "$MIGRATIONS"/Postgres/
}
trap 'echo "error: migration not created; nothing was kept" >&2; undo' ERR
trap 'rm -rf "$BACKUP"' EXIT

created=()
for provider in Sqlite Postgres; do
    echo "Adding $NAME for $provider..."
    dotnet ef migrations add "$NAME" --project "$PROJECT" --startup-project "$PROJECT" --no-build \
        --configuration Debug --context "${provider}ProngsaiDbContext" \
        --output-dir "Migrations/$provider" --namespace "Prongsai.Data.Migrations.$provider"
    while IFS= read -r file; do created+=("$file"); done < <(ls "$MIGRATIONS/$provider"/*_"${NAME}"*.cs)
done
trap - ERR

echo
echo "Created:"
printf '  %s\n' "${created[@]}"
echo "Next: review both migrations, then ./test.sh --filter \"FullyQualifiedName~Prongsai.Tests.Data\""
