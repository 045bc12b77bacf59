#!/usr/bin/env bash
# The SHA-256 of the PDF and PPTX of all 24 templates (4 templates × 3 locales × 2 papers)
# branded with the built-in sample brand, through the built CLI: run it before and after a
# refactor and diff the two lists (a refactor must change no output).
#   bash scripts/output-hashes.sh OUT_DIR > hashes.txt    (after npm run build)
set -euo pipefail
out=${1:?usage: output-hashes.sh OUT_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"
mkdir -p "$out"
for locale in en da-DK zh-CN; do
  for paper in letter a4; do
    node "$here/bin/va-infographic.js" customize --template all --locale "$locale" --paper "$paper" \
      --no-config --out "$out/$locale-$paper" --force --quiet >&2
  done
done
(cd "$out" && find . -type f \( -name '*.pdf' -o -name '*.pptx' \) | LC_ALL=C sort | xargs sha256sum)
