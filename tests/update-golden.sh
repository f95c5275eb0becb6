#!/usr/bin/env bash
# Writes the expected output of every JS golden test by running it under node (v20), the oracle.
# Run after adding or changing a test, then read the diff before committing it.
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/src/test/resources/golden"
for js in "$dir"/*.js; do
  node "$js" > "${js%.js}.out"
done
echo "node $(node --version) wrote $(ls "$dir"/*.out | wc -l) expected outputs"
