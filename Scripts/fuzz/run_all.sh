#!/usr/bin/env bash
# Runs every harness for the times the reliability issue asks (text and extract 5 minutes, the
# others 2), two at a time, logging to .build/fuzz-logs/TARGET.log; prints exec and coverage.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .build/fuzz-logs
long=${LONG:-330}; short=${SHORT:-150}
run() { Scripts/fuzz.sh "$1" "$2" >".build/fuzz-logs/$1.log" 2>&1; echo "$1: exit $?"; }
run text "$long" & run extract "$long"; wait
run rules "$short" & run dataset "$short"; wait
run html "$short" & run jsonl "$short"; wait
for t in text extract rules dataset html jsonl; do
  log=.build/fuzz-logs/$t.log
  printf '%-8s %s | %s | %s\n' "$t" "$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1)" \
    "$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)" "$(grep -o 'average_exec_per_sec: *[0-9]*' "$log" | tail -1)"
done
