#!/bin/bash
# Pooled alert scores over several splits, summed from evaluate_alerts.py's tables.
# usage: eval/pool_alerts.sh [REPO] split...   (REPO defaults to this checkout)
#   eval/pool_alerts.sh dev test holdout $(seq -f holdout%g 2 18)
# prints articles, TP/FP/FN, P/R/F1, false alerts per article, must-not-contradict
# violations and the contradiction row, pooled.
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$here
if [ -d "$1/eval/alerts" ]; then repo=$1; shift; fi
py=${PYTHON:-$here/.venv/bin/python}
cd "$repo" || exit 1
for s in "$@"; do "$py" eval/evaluate_alerts.py --split "$s"; done | awk '
/^## .*streams, [0-9]+ articles/ { for(i=1;i<=NF;i++) if($(i)=="articles,") art+=$(i-1) }
/^\| all \|/ { split($0,a,"|"); tp+=a[5]; fp+=a[6]; fn+=a[7] }
/^\| contradiction \|/ { split($0,a,"|"); ctp+=a[5]; cfp+=a[6]; cfn+=a[7] }
/must-not-contradict violations/ { v+=$NF }
END { p=tp/(tp+fp); r=tp/(tp+fn); printf "articles %d TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f false/art %.3f viol %d  contradictions TP %d FP %d FN %d\n", art,tp,fp,fn,p,r,2*p*r/(p+r),fp/art,v,ctp,cfp,cfn }'
