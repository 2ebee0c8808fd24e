#!/usr/bin/env bash
# Continue the shipped model on CPU: tagger warm-started from the shipped pos.pt, retag, then the
# parser continued from DEP_INIT (default: the shipped depparse.pt). Every stage is resumable:
# rerun the same command after an interruption (finished stages are skipped).
#   bash training/cpu_continue.sh [WORK_DIR]      env: POS_MIN (60) DEP_MIN (60) THREADS (1)
#                                                      DATA (../shared/data/ud_english/ewt) DEP_INIT
#                                                      POS_INIT (the shipped pos.pt) POS_LR (Stanza's)
#                                                      DEP_LR (Stanza's 2e-4; lower it on a fresh WORK_DIR)
set -euo pipefail
WORK=${1:-training/work/continue}
DATA=${DATA:-../shared/data/ud_english/ewt}
SHIPPED=eventcoder/models/en_compact
COMMON=(--data-dir "$DATA" --work-dir "$WORK" --threads "${THREADS:-1}")
python training/train_model.py "${COMMON[@]}" --stages prepare,pretrain
POS_ARGS=(--pos-init "${POS_INIT:-$SHIPPED/pos.pt}" --pos-steps 100000 --pos-minutes "${POS_MIN:-60}")
[ -z "${POS_LR:-}" ] || POS_ARGS+=(--pos-lr "$POS_LR")
python training/train_model.py "${COMMON[@]}" --stages pos "${POS_ARGS[@]}"
python training/train_model.py "${COMMON[@]}" --stages retag
DEP_INIT=${DEP_INIT:-$SHIPPED/depparse.pt}
# with --dep-second-optim-start 1 Stanza reloads the best model at once: start from the initial one
[ -e "$WORK/models/depparse.pt" ] || cp "$DEP_INIT" "$WORK/models/depparse.pt"
DEP_ARGS=()
[ -z "${DEP_LR:-}" ] || DEP_ARGS+=(--dep-lr "$DEP_LR")
python training/train_model.py "${COMMON[@]}" --stages depparse --dep-init "$DEP_INIT" "${DEP_ARGS[@]}" \
  --dep-steps 100000 --dep-minutes "${DEP_MIN:-60}" --dep-eval-interval 100 --dep-eval-sentences 600 \
  --dep-second-optim-start 1
echo "done: compare with  python benchmarks/eval_parser.py --model-dir <packaged dir>  before shipping"
