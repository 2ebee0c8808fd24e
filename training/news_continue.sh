#!/usr/bin/env bash
# Continue the shipped parser on EWT train plus news-style sentences written by training/news_augment.py
# (meeting reports with place and date obliques, which EWT's web text rarely has). The shipped
# pretrain and tagger are reused as they are (the tagger retags the training data); the parser is
# warm-started from the shipped depparse.pt. Resumable: rerun the same command after an interruption.
#   bash training/news_continue.sh [WORK_DIR]   env: AUG_N (600) DEP_MIN (40) DEP_LR (1e-4) THREADS (1)
#                                                    DATA (../shared/data/ud_english/ewt)
set -euo pipefail
WORK=${1:-training/work/news}
DATA=${DATA:-../shared/data/ud_english/ewt}
SHIPPED=eventcoder/models/en_compact
COMMON=(--data-dir "$DATA" --work-dir "$WORK" --threads "${THREADS:-1}")
python training/train_model.py "${COMMON[@]}" --stages prepare
mkdir -p "$WORK/models"
[ -e "$WORK/models/pretrain.pt" ] || cp "$SHIPPED/pretrain.pt" "$WORK/models/pretrain.pt"
[ -e "$WORK/models/pos.pt" ] || cp "$SHIPPED/pos.pt" "$WORK/models/pos.pt"
if [ ! -e "$WORK/data/news_augment.conllu" ]; then
  python training/news_augment.py "$WORK/data/news_augment.conllu" --n "${AUG_N:-600}"
  cat "$WORK/data/news_augment.conllu" >> "$WORK/data/en_ewt.train.gold.conllu"
fi
python training/train_model.py "${COMMON[@]}" --stages retag
[ -e "$WORK/models/depparse.pt" ] || cp "$SHIPPED/depparse.pt" "$WORK/models/depparse.pt"
python training/train_model.py "${COMMON[@]}" --stages depparse --dep-init "$SHIPPED/depparse.pt" \
  --dep-lr "${DEP_LR:-1e-4}" --dep-steps 100000 --dep-minutes "${DEP_MIN:-40}" --dep-eval-interval 100 \
  --dep-eval-sentences 600 --dep-second-optim-start 1
echo "done: package with train_model.py's package_model(..., names=['depparse.pt']) and compare with benchmarks/eval_parser.py"
