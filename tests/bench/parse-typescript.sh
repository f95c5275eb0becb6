#!/usr/bin/env bash
# Parser benchmark: warm parse time of the npm typescript package's lib/typescript.js, gjs's parser
# against node's `new vm.Script(source)`, measured in the same run. Prints both medians and the ratio.
# The file comes from the npm registry into a temporary folder; nothing is kept in the repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bin/lib/java-home.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "typescript@${TYPESCRIPT_VERSION:-5}" >/dev/null && tar xzf typescript-*.tgz)
file="$work/package/lib/typescript.js"
echo "file: typescript $(node -p "require('$work/package/package.json').version") lib/typescript.js, $(wc -c < "$file") bytes"

(cd "$root" && mvn -q -B -Dstyle.color=never test-compile -pl tests -am > "$work/build.log" 2>&1) || { cat "$work/build.log"; exit 1; }

node_line=$(node -e '
  const vm = require("vm"); const fs = require("fs");
  const src = fs.readFileSync(process.argv[1], "utf8");
  for (let i = 0; i < 20; i++) new vm.Script(src + "\n//" + i);
  const t = [];
  for (let i = 0; i < 20; i++) { const s = process.hrtime.bigint(); new vm.Script(src + "\n//m" + i); t.push(Number(process.hrtime.bigint() - s) / 1e6); }
  t.sort((a, b) => a - b);
  console.log(`node vm.Script: median ${t[10].toFixed(1)} ms, min ${t[0].toFixed(1)} ms over 20 runs after 20 warm-up runs`);
' "$file")
echo "$node_line"
# The AST of a 9 MB file is large: with a small young generation, G1 pauses inflate the median
# (about 3x node's time with -Xmx2g here); a 2 GB young generation lets each AST die young.
heap="${GJS_BENCH_HEAP:--Xmx4g -Xmn2g}"
echo "gjs JVM heap flags: $heap"
gjs_line=$("$JAVA_HOME/bin/java" -Xss16m $heap -cp "$root/tests/target/test-classes:$root/language/target/classes" org.gjs.tests.bench.ParseBenchmark "$file" 20 20)
echo "$gjs_line"
node_ms=$(echo "$node_line" | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p')
gjs_ms=$(echo "$gjs_line" | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p')
echo "ratio gjs/node: $(awk -v g="$gjs_ms" -v n="$node_ms" 'BEGIN { printf "%.2f", g / n }')"
