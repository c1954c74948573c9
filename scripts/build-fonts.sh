#!/usr/bin/env bash
# Rebuilds src/Prongsai.Web/wwwroot/fonts/sarabun-{400,700}.woff2: one file per weight, Thai and Latin merged and
# cut to the characters the portal shows, so a page loads two font files instead of four (docs/decisions.md).
# Input: the Thai and Latin woff2 subsets of @fontsource/sarabun (npm pack @fontsource/sarabun@5.3.0; files/).
# Needs fonttools (Debian: apt-get install fonttools python3-brotli).
# Usage: scripts/build-fonts.sh PATH/TO/fontsource-sarabun/files
set -euo pipefail
SRC=${1:?usage: $0 PATH/TO/fontsource-sarabun/files}
OUT=$(cd "$(dirname "$0")/.." && pwd)/src/Prongsai.Web/wwwroot/fonts
PY=/usr/bin/python3
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
# Printable ASCII, no-break space, middle dot, multiplication sign, Thai letters, marks and digits, zero-width
# space/joiners, dashes, curly quotes, ellipsis, single right angle quote (breadcrumbs), dotted circle.
UNICODES="U+0020-007E,U+00A0,U+00B7,U+00D7,U+0E01-0E3A,U+0E3F-0E5B,U+200B-200D,U+2013-2014,U+2018-201D,U+2026,U+203A,U+25CC"
for weight in 400 700; do
  for script in thai latin; do
    "$PY" -c "import sys; from fontTools.ttLib import TTFont; f = TTFont(sys.argv[1]); f.flavor = None; f.save(sys.argv[2])" \
      "$SRC/sarabun-$script-$weight-normal.woff2" "$WORK/$script.ttf"
  done
  pyftmerge --output-file="$WORK/merged.ttf" "$WORK/thai.ttf" "$WORK/latin.ttf"
  # Only the OpenType features Thai needs to place its marks (ccmp, mark, mkmk) and locl: Latin kerning and
  # ligatures cost 1.4 KB per weight for text that is nearly all Thai.
  pyftsubset "$WORK/merged.ttf" --unicodes="$UNICODES" --layout-features="ccmp,mark,mkmk,locl" --no-hinting --desubroutinize --flavor=woff2 \
    --output-file="$OUT/sarabun-$weight.woff2"
done
ls -l "$OUT"/sarabun-*.woff2
