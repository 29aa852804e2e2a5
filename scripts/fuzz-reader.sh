#!/usr/bin/env bash
# Fuzzes CaseReader with AFL++ and SharpFuzz (docs/fuzzing.md). Not run by CI.
#
#   scripts/fuzz-reader.sh [--seconds N | --execs N] [--checks none|ascii|quotes|all] [--out DIR] [--resume] [--in-process]
#
# Installs afl++ (apt) and SharpFuzz.CommandLine (a dotnet tool under artifacts/fuzz/tools) when missing,
# publishes tests/Insights.Core.Fuzz to artifacts/fuzz/bin, instruments the published Insights.Core.dll, and
# runs afl-fuzz (at nice 10) on the seed corpus tests/Insights.Core.Fuzz/corpus with the dictionary beside it.
# When it stops it prints the run's numbers (executions, executions per second, crashes) and replays every
# saved crash once with the harness's --check, one line each. Default: 300 seconds, checks "none" (no
# exception, read = accepted + rejected); "all" adds the message checks that the reader rewrite must pass.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=300
execs=
checks=none
out=artifacts/fuzz/findings
resume=false
in_process=false
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; execs=; shift 2 ;;
        --execs) execs=$2; seconds=; shift 2 ;;
        --checks) checks=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --resume) resume=true; shift ;;
        --in-process) in_process=true; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "error: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v afl-fuzz >/dev/null 2>&1; then
    echo "afl-fuzz not found: installing afl++ from the distribution's packages"
    if [ "$(id -u)" -ne 0 ]; then
        echo "error: run as root, or install afl++ first (apt-get install -y afl++)" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi

tools=artifacts/fuzz/tools
if [ ! -x "$tools/sharpfuzz" ]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
fi

# A fresh publish every time: sharpfuzz instruments Insights.Core.dll in place and refuses a second pass.
bin=artifacts/fuzz/bin
rm -rf "$bin"
nice -n 10 dotnet publish tests/Insights.Core.Fuzz -c Release -o "$bin" -p:UseAppHost=false --nologo -v quiet
"$tools/sharpfuzz" "$bin/Insights.Core.dll"
echo "instrumented $bin/Insights.Core.dll"

if [ "$resume" = true ] && [ -d "$out/default" ]; then
    input=-
else
    rm -rf "$out"
    input=tests/Insights.Core.Fuzz/corpus
fi
mkdir -p "$out"

limit=()
if [ -n "$execs" ]; then limit=(-E "$execs"); else limit=(-V "$seconds"); fi

# dotnet is not an AFL-instrumented binary (SharpFuzz instruments the IL), hence AFL_SKIP_BIN_CHECK; the
# container's core_pattern and CPU governor cannot be changed, hence the other two skips.
# Without a terminal afl-fuzz's status screen is replaced by one line per queue entry, kept in a log.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
export INSIGHTS_FUZZ_CHECKS=$checks
if [ "$in_process" = true ]; then export INSIGHTS_FUZZ_IN_PROCESS=1; fi
fuzz=(nice -n 10 afl-fuzz -i "$input" -o "$out" -t 5000 -m none -x tests/Insights.Core.Fuzz/insights.dict "${limit[@]}"
    -- "$(command -v dotnet)" "$bin/Insights.Core.Fuzz.dll")
status=0
if [ -t 1 ]; then
    "${fuzz[@]}" || status=$?
else
    log="$out.log"
    echo "afl-fuzz is running (${execs:+$execs executions}${seconds:+$seconds s}); its output goes to $log"
    AFL_NO_UI=1 "${fuzz[@]}" >"$log" 2>&1 || status=$?
    grep -a -E 'PROGRAM ABORT|Location|Statistics' "$log" | sed 's/\x1b\[[0-9;]*[a-zA-Z]//g' || true
fi

stats="$out/default/fuzzer_stats"
if [ -f "$stats" ]; then
    value() { sed -n "s/^$1 *: *//p" "$stats"; }
    start=$(value start_time)
    last=$(value last_update)
    done_execs=$(value execs_done)
    elapsed=$((last > start ? last - start : 1))
    echo "afl-fuzz status $status; checks $checks; $done_execs executions in $elapsed s: $((done_execs / elapsed)) per second overall, $(value execs_per_sec) at the end; stability $(value stability); queue $(value corpus_count); saved crashes $(value saved_crashes), hangs $(value saved_hangs)"
fi

crashes=$(find "$out/default/crashes" -type f -name 'id:*' 2>/dev/null | sort || true)
if [ -n "$crashes" ]; then
    echo "replaying the saved crashes (copy new ones to tests/Insights.Core.Fuzz/crashes/ and add a FuzzFindingsTests case):"
    # shellcheck disable=SC2086
    dotnet "$bin/Insights.Core.Fuzz.dll" --check $crashes || true
fi
exit "$status"
