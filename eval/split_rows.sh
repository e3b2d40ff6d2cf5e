#!/bin/bash
# One line per split of the alert scores of a checkout's rules, for blind scoring: score a
# fresh split with older rules (a `git archive` of an old commit) before anyone tunes on it.
# usage: eval/split_rows.sh [REPO] split...
#   mkdir /tmp/r73 && git archive bf10621f | tar -x -C /tmp/r73
#   eval/split_rows.sh /tmp/r73 holdout173 holdout174 > /tmp/r73_rows.txt
# A split folder REPO lacks is copied into it from this checkout first (the archive of an
# old commit predates the split). Columns: split articles TP FP FN contradiction-TP
# contradiction-FP contradiction-FN violations; sum them with awk or eval/pool_alerts.sh.
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$here
if [ -d "$1/eval/alerts" ]; then repo=$1; shift; fi
py=${PYTHON:-$here/.venv/bin/python}
for s in "$@"; do
  [ -d "$repo/eval/alerts/$s" ] || cp -r "$here/eval/alerts/$s" "$repo/eval/alerts/"
  (cd "$repo" && "$py" eval/evaluate_alerts.py --split "$s") | awk -v s="$s" '
/^## .*streams, [0-9]+ articles/ { for(i=1;i<=NF;i++) if($(i)=="articles,") art=$(i-1) }
/^\| all \|/ { split($0,a,"|"); tp=a[5]+0; fp=a[6]+0; fn=a[7]+0 }
/^\| contradiction \|/ { split($0,a,"|"); ctp=a[5]+0; cfp=a[6]+0; cfn=a[7]+0 }
/must-not-contradict violations/ { v=$NF }
END { print s, art, tp, fp, fn, ctp, cfp, cfn, v }'
done
