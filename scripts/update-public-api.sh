#!/usr/bin/env bash
# Adds every symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt, and removes those reported as declared but missing (RS0017).
# Review the diff: it is the change to the public API.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/; do
  name=$(basename "$project")
  out=$(dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false --artifacts-path "${ARTIFACTS:-/tmp/public-api-artifacts}" 2>&1 | grep -F "$name.csproj]" || true)
  added=$(grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" <<<"$out" | sort -u || true)
  removed=$(grep -oP "RS0017: Symbol '\K.*?(?=' is part of the declared API)" <<<"$out" | sort -u || true)
  file="$project/PublicAPI.Unshipped.txt"
  { head -1 "$file"; { tail -n +2 "$file"; [ -z "$added" ] || echo "$added"; } | sort -u; } > "$file.tmp"
  if [ -n "$removed" ]; then grep -vxF -f <(echo "$removed") "$file.tmp" > "$file.tmp2" || true; mv "$file.tmp2" "$file.tmp"; fi
  mv "$file.tmp" "$file"
  echo "$name: +$(grep -c . <<<"$added" || true) -$(grep -c . <<<"$removed" || true)"
done
