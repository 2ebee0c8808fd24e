#!/usr/bin/env bash
# Train the tagger, retag, and train the parser on one GPU inside a fixed time slot.
#
#   bash training/gpu_train.sh WORK_DIR OUT_DIR
#
# WORK_DIR must hold what the CPU driver's prepare+pretrain stages made:
#   WORK_DIR/data/en_ewt.{train,dev,test}.gold.conllu and WORK_DIR/models/pretrain.pt
# OUT_DIR receives pos.pt and depparse.pt (fp16, shipped layout) plus the logs.
# Wall-clock budgets (minutes) come from POS_MIN / DEP_MIN; DEVICE defaults to cuda.
# TINY=1 runs the same script with tiny nets (the CPU dry run used before spending GPU time).
# Where stanza is missing (the lent H200 has torch but no stanza) it installs the wheels in .whl/.
set -uo pipefail
WORK=${1:?work dir}
OUTDIR=${2:?out dir}
POS_MIN=${POS_MIN:-3.0}
DEP_MIN=${DEP_MIN:-3.7}
DEVICE=${DEVICE:-cuda}
THREADS=${THREADS:-8}
mkdir -p "$OUTDIR"
export PYTHONUNBUFFERED=1
if ! python3 -c "import stanza" 2>/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site
fi
python3 -c "import torch, stanza; print('torch', torch.__version__, 'stanza', stanza.__version__, 'cuda', torch.cuda.is_available())"
TINY_ARG=()
if [ "${TINY:-0}" = 1 ]; then TINY_ARG=(--tiny); fi
DRV=(python3 training/train_model.py --data-dir "$WORK/data" --work-dir "$WORK" --device "$DEVICE" --threads "$THREADS" "${TINY_ARG[@]}")

"${DRV[@]}" --stages pos --pos-minutes "$POS_MIN" --pos-steps 100000 --pos-eval-interval "${POS_EVAL:-200}" > "$OUTDIR/pos_stdout.log" 2>&1
echo "pos rc=$?"
python3 -c "import sys; sys.path.insert(0, 'training'); import train_model as t; from pathlib import Path; t.package_model(Path('$WORK/models'), Path('$OUTDIR'), names=['pos.pt'])"
"${DRV[@]}" --stages retag,depparse --dep-minutes "$DEP_MIN" --dep-steps 100000 --dep-eval-interval "${DEP_EVAL:-200}" \
    --dep-batch 5000 --dep-second-optim-start 100000 > "$OUTDIR/dep_stdout.log" 2>&1
echo "depparse rc=$?"
python3 -c "import sys; sys.path.insert(0, 'training'); import train_model as t; from pathlib import Path; t.package_model(Path('$WORK/models'), Path('$OUTDIR'), names=['depparse.pt'])"
cp "$WORK/train.log" "$WORK/stage_times.json" "$OUTDIR/" 2>/dev/null
grep -E "dev_score|Best dev|time budget|Switching|second optimizer" "$WORK/train.log" | tail -n 30
ls -la "$OUTDIR"
