#!/bin/bash
# Every alert of every split, one file per split, to prove a change leaves alerts
# byte-identical: run on two checkouts, then `diff -r OUT1 OUT2` must print nothing.
# usage: eval/snapshot_alerts.sh [REPO] OUTDIR   (REPO defaults to this checkout)
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$here
if [ $# -ge 2 ]; then repo=$1; shift; fi
out=$(mkdir -p "$1" && cd "$1" && pwd)
py=${PYTHON:-$here/.venv/bin/python}
cd "$repo" || exit 1
for d in eval/alerts/*/; do
  s=$(basename "$d")
  "$py" eval/evaluate_alerts.py --split "$s" --verbose > "$out/$s.txt" 2>&1
done
