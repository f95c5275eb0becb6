#!/usr/bin/env bash
# Runs each JS benchmark under gjs and under node in the same run and prints, per part, both
# medians and the ratio gjs/node (peak: after warm-up rounds). Usage: tests/bench/run-js.sh [file.js ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$root"/tests/bench/js/*.js)
for file in "${files[@]}"; do
  echo "== $(basename "$file")"
  gjs_out=$("$root/bin/gjs" "$file")
  node_out=$(node "$file")
  while read -r name _ gjs_ms _; do
    node_ms=$(echo "$node_out" | awk -v n="$name" '$1 == n { print $3 }')
    awk -v n="$name" -v g="$gjs_ms" -v o="$node_ms" 'BEGIN { printf "%-10s gjs %8.3f ms   node %8.3f ms   ratio %.2f\n", n, g, o, g / o }'
  done <<< "$(echo "$gjs_out" | grep ' median ')"
done
