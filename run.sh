#!/usr/bin/env bash
# Builds Prongsai in Release and starts it in demo mode at http://127.0.0.1:5080 (SQLite in ./data).
#
#   ./run.sh [extra arguments for the app]      e.g. ./run.sh --urls http://127.0.0.1:5081
#
# Configuration comes from environment variables, which you may set yourself to override the defaults
# below (e.g. Database__Provider=Postgres ConnectionStrings__Prongsai='Host=...' ./run.sh).
# Prongsai__DemoAdminPassword: when unset, the app prints a generated password at start-up.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

# Runtime packages: Thai fonts (documents, screenshots), Chromium (HTML to PDF), poppler-utils (pdftotext), Tesseract
# with its Thai model (the words of scanned documents and photos, for search).
# shellcheck source=scripts/ensure-packages.sh
source "$ROOT/scripts/ensure-packages.sh"
ensure_packages fonts-thai-tlwg fonts-tlwg-laksaman-ttf chromium poppler-utils tesseract-ocr-tha qpdf \
    || echo "warning: some packages could not be installed; PDF output or the search of scanned documents may be unavailable" >&2

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "Building Prongsai.Web (Release)..."
dotnet build src/Prongsai.Web/Prongsai.Web.csproj -c Release -nologo -v quiet -clp:NoSummary

mkdir -p "$ROOT/data"
export Prongsai__Demo="${Prongsai__Demo:-true}"
export Database__Provider="${Database__Provider:-Sqlite}"
export Prongsai__DataDirectory="${Prongsai__DataDirectory:-$ROOT/data}"
export ConnectionStrings__Prongsai="${ConnectionStrings__Prongsai:-Data Source=$ROOT/data/prongsai.db}"
# One organization on one small machine: the workstation garbage collector keeps about 9 MB less at idle than the
# server collector the published app uses for many organizations, and a 4 MiB young generation (the value is hex)
# about 16 MB less than the default, which grows with the processor's cache (docs/performance.md, "Memory"). Set
# DOTNET_gcServer=1 or another DOTNET_GCgen0size to override. Without profile-guided tiering the JIT keeps another
# 4 MB less; a village office's traffic does not need the last percent of speed it brings.
export DOTNET_gcServer="${DOTNET_gcServer:-0}"
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-400000}"
export DOTNET_TieredPGO="${DOTNET_TieredPGO:-0}"

# Default address http://127.0.0.1:5080; '--urls URL' among the arguments replaces it.
urls="http://127.0.0.1:5080"
app_args=()
while [ "$#" -gt 0 ]; do
    case "$1" in
        --urls) urls="${2:?--urls needs a value}"; shift 2 ;;
        --urls=*) urls="${1#--urls=}"; shift ;;
        *) app_args+=("$1"); shift ;;
    esac
done

echo "Starting Prongsai at ${urls%%;*}/bangkha/ (demo mode, ${Database__Provider}, data in ${Prongsai__DataDirectory}); Ctrl+C stops it."
# The built app itself, from the project's directory (its content root, as `dotnet run` would start it): `dotnet run`
# stayed beside it as a parent process holding another 120 MB.
cd "$ROOT/src/Prongsai.Web"
exec dotnet bin/Release/net10.0/Prongsai.Web.dll --urls "$urls" "${app_args[@]}"
