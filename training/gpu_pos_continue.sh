#!/usr/bin/env bash
# Second GPU slot: continue the tagger from an earlier run's weights (WORK/init/pos.pt).
#   bash training/gpu_pos_continue.sh WORK_DIR OUT_DIR     (POS_MIN, POS_EVAL, DEVICE, TINY as gpu_train.sh)
set -uo pipefail
WORK=${1:?work dir}
OUTDIR=${2:?out dir}
mkdir -p "$OUTDIR"
export PYTHONUNBUFFERED=1
if ! python3 -c "import stanza" 2>/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site
fi
TINY_ARG=()
if [ "${TINY:-0}" = 1 ]; then TINY_ARG=(--tiny); fi
python3 training/train_model.py --data-dir "$WORK/data" --work-dir "$WORK" --device "${DEVICE:-cuda}" --threads "${THREADS:-8}" \
  "${TINY_ARG[@]}" --stages pos --pos-init "$WORK/init/pos.pt" --pos-minutes "${POS_MIN:-3.0}" --pos-steps 100000 \
  --pos-eval-interval "${POS_EVAL:-400}" > "$OUTDIR/pos2_stdout.log" 2>&1
echo "pos rc=$?"
python3 -c "import sys; sys.path.insert(0, 'training'); import train_model as t; from pathlib import Path; t.package_model(Path('$WORK/models'), Path('$OUTDIR'), names=['pos.pt'])"
cp "$WORK/train.log" "$OUTDIR/pos2_train.log"
grep -E "warm start|dev_score|time budget" "$WORK/train.log" | tail -n 20 | cut -c1-300
