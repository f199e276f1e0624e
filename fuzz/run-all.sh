#!/usr/bin/env bash
# Builds every fuzz target and runs each for SECONDS (default 20), one after the other.
# Needs cargo-fuzz (`cargo install cargo-fuzz`). Works on stable Rust: the targets are built
# without a sanitizer (`-s none`), which needs no nightly flags; libFuzzer still enforces its
# memory (-rss_limit_mb) and time (-timeout) limits, and Rust's own checks catch overflows.
# Crashes are written to fuzz/artifacts/<target>/; the run stops at the first one.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-20}"

cargo fuzz build -s none
for target in $(cargo fuzz list); do
    mkdir -p "corpus/$target"
    echo "fuzz: $target for ${seconds}s"
    cargo fuzz run -s none "$target" "corpus/$target" "seeds/$target" -- \
        -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|==)|Done " || true
    if [ -n "$(ls -A "artifacts/$target" 2>/dev/null)" ]; then
        echo "fuzz: $target found a failing input in fuzz/artifacts/$target" >&2
        exit 1
    fi
done
