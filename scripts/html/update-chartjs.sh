#!/usr/bin/env bash
# Re-fetches the Chart.js build that the HTML report embeds (src/Insights.Core/Formatting/Html/): the minified UMD
# bundle, which defines the global `Chart` without a module loader, and its licence, which the MIT licence requires
# to travel with the code. Uses npm's own client; pass a version to move to another one, e.g.
#   scripts/html/update-chartjs.sh 4.6.1
# Review the diff, rebuild, and run the browser tests (ReportHtmlBrowserTests) before committing.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:-4.6.1}"
target=src/Insights.Core/Formatting/Html
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "chart.js@$version" >/dev/null && tar -xzf "chart.js-$version.tgz")
bundle="$work/package/dist/chart.umd.min.js"
# The bundle is inlined in a <script> element, which the first "</script" would end early.
if grep -qi '</script' "$bundle"; then
    echo "error: chart.js $version's bundle contains '</script' and cannot be inlined as it is" >&2
    exit 1
fi
cp "$bundle" "$target/chart.umd.min.js"
cp "$work/package/LICENSE.md" "$target/chart.js.LICENSE.md"
echo "chart.js $version: $(wc -c <"$target/chart.umd.min.js") bytes in $target"
