#!/usr/bin/env bash
# Read a benchmark table written by scripts/bench.sh and say, for every row whose note
# names a target, whether this run met it: a markdown section on stdout, and a line on
# stderr for each target missed. Targets are read from the notes as printed:
# "target <= 300 ms", "target < 50 ms", "target <= 50 µs" (against the median), and
# "target (<= 2x)", "target < 1x" (against the ratio). Always exits 0: benchmarks print
# numbers and are not tests (a loaded machine moves them); this only makes a missed
# target impossible to overlook.
#
# usage: scripts/bench-targets.sh build/bench.md
set -euo pipefail
table=${1:?usage: scripts/bench-targets.sh build/bench.md}
echo
echo "## Targets in this run"
echo
echo "| figure | bench | this run | target | |"
echo "|---|---|---|---|---|"
awk -F'|' '
    # A time as printed ("24.8 µs", "3.89 ms", "18.0 ns") in nanoseconds; -1 if not one.
    function ns(v,    n) {
        n = v
        gsub(/[^0-9.]/, "", n)
        if (n == "") return -1
        if (v ~ /µs/) return n * 1e3
        if (v ~ /ms/) return n * 1e6
        if (v ~ /ns/) return n
        if (v ~ /[0-9] s/) return n * 1e9
        return -1
    }
    function trim(s) { gsub(/^ +| +$/, "", s); return s }
    NF >= 7 && $7 ~ /target \(?(<=|<) [0-9.]/ {
        t = $7
        sub(/.*target \(?/, "", t)
        op = (t ~ /^<=/) ? "<=" : "<"
        sub(/^<=? */, "", t)
        limit = t; sub(/[ );,].*$/, "", limit)
        if (limit ~ /x$/) {
            sub(/x$/, "", limit)
            value = trim($6); shown = value " (ratio)"; sub(/x$/, "", value)
            if (value !~ /^[0-9.]+$/) next
            bound = limit "x"
        } else {
            bound = t; sub(/[;,)].*$/, "", bound); bound = trim(bound)
            value = ns(trim($4)); shown = trim($4) " (median)"
            limit = ns(bound)
            if (value < 0 || limit < 0) next
        }
        met = (op == "<=") ? (value + 0 <= limit + 0) : (value + 0 < limit + 0)
        n++
        if (!met) missed++
        printf "| %s | %s | %s | %s %s | %s |\n", trim($3), trim($2), shown, op, bound, met ? "met" : "**missed**"
        if (!met) printf "target missed: %s: %s, target %s %s\n", trim($3), shown, op, bound > "/dev/stderr"
    }
    END { printf "\n%d targets read, %d missed in this run.\n", n, missed + 0 }
' "$table"
