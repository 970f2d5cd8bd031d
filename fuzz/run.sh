#!/bin/bash
# Fuzz parse and the JSONL path for SECONDS in total (default 60), half each; for CI.
# Exits non-zero when a harness finds a crash; the input is saved under fuzz/artifacts/.
# FUZZ_SEED fixes libFuzzer's seed (and Python's hash seed) so that a run can be replayed: CI
# sets it, so a crash it finds is found again by the same command here.
#   fuzz/run.sh          # from anywhere; runs against the code on PYTHONPATH, else src/
#   fuzz/run.sh 600
#   FUZZ_SEED=1 fuzz/run.sh 60
set -u
cd "$(dirname "$0")/.."
seconds=${1:-60}
half=$((seconds / 2))
mkdir -p fuzz/artifacts
export PYTHONPATH="${PYTHONPATH:+$PYTHONPATH:}src"
seed=()
if [ -n "${FUZZ_SEED:-}" ]; then
    seed=(-seed="$FUZZ_SEED")
    export PYTHONHASHSEED="$FUZZ_SEED"
fi
status=0
for target in parse jsonl; do
    work=$(mktemp -d)  # inputs found by a short run are not kept: the corpus stays small
    python "fuzz/fuzz_$target.py" "$work" "fuzz/corpus/$target" \
        -max_total_time="$half" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="fuzz/artifacts/$target-" -print_final_stats=1 "${seed[@]}" || status=1
    rm -rf "$work"
done
exit $status
