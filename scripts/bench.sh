#!/usr/bin/env bash
# Run every benchmark and write one markdown table (stdout and build/bench.md).
#
# usage: scripts/bench.sh [--no-callgrind]
#
# - Every bench in core/benches/ (and any other crate's benches/) runs with
#   `cargo bench`; each prints table rows (`| bench | figure | median | min | ratio | note |`)
#   besides its prose. The ratio is to a baseline measured in the same run (a raw SQLite
#   insert with the store's pragmas, a trivial engine call), so it survives a loaded machine.
# - The table ends with every target the rows' notes name, met or missed in this run
#   (scripts/bench-targets.sh; a missed one is also printed on stderr).
# - Instruction counts for the class report and a lesson view come from
#   `valgrind --tool=callgrind` (skipped, with a note, when valgrind is missing): they do
#   not move with the machine's load at all.
# Set CARGO="nice -n 10 cargo" on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo=${CARGO:-cargo}
callgrind=1
[ "${1:-}" = "--no-callgrind" ] && callgrind=0
mkdir -p build
out=build/bench.md
log=build/bench.log
: > "$log"

# Every bench target of every workspace crate that has a benches/ folder.
benches=()
for f in */benches/*.rs; do
    [ -e "$f" ] || continue
    crate_dir=${f%%/*}
    name=$(basename "$f" .rs)
    benches+=("$crate_dir:$name")
done

rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
for b in "${benches[@]}"; do
    crate_dir=${b%%:*}
    name=${b#*:}
    [ "$name" = instructions ] && continue # run below, under callgrind
    pkg=$(sed -n 's/^name = "\(.*\)"/\1/p' "$crate_dir/Cargo.toml" | head -1)
    echo "== $pkg bench $name" | tee -a "$log" >&2
    $cargo bench -q -p "$pkg" --bench "$name" 2>>"$log" | tee -a "$log" | grep '^| ' >> "$rows" || {
        echo "| $name | (failed: see $log) | - | - | - | - |" >> "$rows"
    }
done

instr_rows=""
if [ "$callgrind" = 1 ] && [ -e core/benches/instructions.rs ]; then
    if command -v valgrind >/dev/null 2>&1; then
        echo "== instruction counts (callgrind)" | tee -a "$log" >&2
        exe=$($cargo bench -p safesteps-core --bench instructions --no-run --message-format=json 2>>"$log" |
            sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
        work=$(mktemp -d)
        "$exe" prepare "$work" >>"$log" 2>&1
        count() { # op runs
            local cg="$work/callgrind.$1.out"
            valgrind --tool=callgrind --callgrind-out-file="$cg" --toggle-collect='*measured_*' \
                "$exe" measure "$work" "$1" "$2" >>"$log" 2>&1
            local total
            total=$(sed -n 's/^summary: *\([0-9]*\).*/\1/p' "$cg" | head -1)
            [ -n "$total" ] || total=$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$cg" | head -1)
            echo $(( total / ($2 > 0 ? $2 : 1) ))
        }
        report=$(count class-report 5)
        view=$(count lesson-view 50)
        answer=$(count answer 50)
        insert=$(count raw-insert 50)
        n() { printf "%'d" "$1" 2>/dev/null || echo "$1"; }
        ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
        instr_rows=$(printf '| instructions | class report, 60 learners x 40 lessons x 5 attempts | %s instructions | - | - | callgrind, per report (mean of 5 after a warm-up) |\n| instructions | lesson view, learner with 600 events | %s instructions | - | - | callgrind, per view (mean of 50 after a warm-up) |\n| instructions | answer, learner with 600 events | %s instructions | - | %s | callgrind, per answer (mean of 50); ratio to a raw single-row insert (%s instructions; user space only: the insert'"'"'s time is mostly system calls) |' \
            "$(n "$report")" "$(n "$view")" "$(n "$answer")" "$(ratio "$answer" "$insert")" "$(n "$insert")")
        # Bundle import: per event, fresh and again (every event already there).
        echo "== import instruction counts (callgrind; several minutes)" | tee -a "$log" >&2
        "$exe" prepare-import "$work" >>"$log" 2>&1
        for size in 10k 40k; do
            events=$(cat "$work/events-$size.txt")
            fresh=$(( $(count "import-$size" 0) ))
            again=$(( $(count "reimport-$size" 0) ))
            instr_rows+=$(printf '\n| instructions | bundle import, %s events, fresh: per event | %s instructions | - | - | callgrind, whole import / events |\n| instructions | bundle import, %s events, again (all already here): per event | %s instructions | - | %s | ratio to the fresh import |' \
                "$(n "$events")" "$(n $((fresh / events)))" "$(n "$events")" "$(n $((again / events)))" "$(ratio "$again" "$fresh")")
        done
        rm -rf "$work"
    else
        instr_rows="| instructions | (valgrind is not installed: instruction counts skipped) | - | - | - | - |"
        echo "valgrind is not installed: instruction counts skipped" >&2
    fi
fi

{
    echo "# Benchmarks ($(date -u +%Y-%m-%dT%H:%MZ), $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
    echo
    echo "Times are wall-clock on this machine: compare the ratios (to a baseline measured in"
    echo "the same run) and the instruction counts, which a loaded machine does not move."
    echo
    echo "| bench | figure | median | min | ratio | note |"
    echo "|---|---|---|---|---|---|"
    cat "$rows"
    [ -n "$instr_rows" ] && echo "$instr_rows"
} > "$out"
# Every target the notes name, met or missed in this run (missed ones also on stderr).
scripts/bench-targets.sh "$out" > "$out.targets"
cat "$out.targets" >> "$out"
rm -f "$out.targets"
cat "$out"
echo "(written to $out; full output in $log)" >&2
