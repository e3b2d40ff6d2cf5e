#!/bin/bash
# Every alert of every split (or of the splits named), one file per split, to prove a
# change leaves alerts byte-identical: run on two checkouts, then `diff -r OUT1 OUT2`
# must print nothing.
# usage: eval/snapshot_alerts.sh [REPO] OUTDIR [SPLIT ...]   (REPO defaults to this checkout)
#   With SPLIT names, only those: a rule writer who must not see a fresh split's alerts
#   names the tuning splits (e.g. dev test holdout $(seq -f holdout%g 2 32)).
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$here
if [ $# -ge 2 ] && [ -d "$1/eval/alerts" ]; then repo=$1; shift; fi
out=$(mkdir -p "$1" && cd "$1" && pwd)
shift
py=${PYTHON:-$here/.venv/bin/python}
cd "$repo" || exit 1
if [ $# -gt 0 ]; then splits=("$@"); else splits=(); for d in eval/alerts/*/; do splits+=("$(basename "$d")"); done; fi
for s in "${splits[@]}"; do
  "$py" eval/evaluate_alerts.py --split "$s" --verbose > "$out/$s.txt" 2>&1
done
