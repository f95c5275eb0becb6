#!/bin/sh
# Assembles native/target/gjs after maven-dependency-plugin has filled lib/ and jvmci/:
#   1. bin/gjs, bin/gjs-aot-train and lib/gjs-train.js from src/dist;
#   2. runtime/: a jlinked JDK 25 without the empty jdk.graal.compiler placeholder module, so
#      the Graal JIT can come from the plain --module-path (which the AOT cache accepts) instead
#      of --upgrade-module-path (which it refuses);
#   3. lib/gjs.aot: the JDK AOT cache, from a training run of bin/gjs on lib/gjs-train.js.
# Steps 2 and 3 are skipped when their output is up to date.
# Usage: assemble.sh <build JDK home> <module basedir> <distribution dir>
set -eu
jdk="$1"; base="$2"; dist="$3"

# 1. The scripts and the training workload (copied only when changed: their dates count below).
mkdir -p "$dist/bin" "$dist/lib"
for f in bin/gjs bin/gjs-aot-train lib/gjs-train.js; do
  cmp -s "$base/src/dist/$f" "$dist/$f" || cp "$base/src/dist/$f" "$dist/$f"
done
chmod 755 "$dist/bin/gjs" "$dist/bin/gjs-aot-train"

# 2. The runtime. The modules: what the jars in lib/ and jvmci/ require (module-info and jdeps),
#    plus charsets and zipfs; never jdk.graal.compiler (it would shadow the real compiler).
modules="java.base,java.desktop,java.logging,java.management,java.sql,java.xml,jdk.internal.vm.ci,jdk.jfr,jdk.management,jdk.unsupported,jdk.zipfs,jdk.charsets"
stamp="$dist/runtime/gjs-runtime.stamp"
want="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p') $jdk $modules"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "gjs-native: jlink runtime ($modules)"
  rm -rf "$dist/runtime"
  # --generate-cds-archive gives the runtime the default CDS archive a stock JDK has, so that
  # "without the AOT cache" is measured against the same baseline as a plain JDK.
  "$jdk/bin/jlink" --add-modules "$modules" --output "$dist/runtime" \
    --no-man-pages --no-header-files --strip-debug --generate-cds-archive 2>&1 \
    | grep -v 'Using incubator modules' || true
  [ -x "$dist/runtime/bin/java" ] || { echo "gjs-native: jlink failed" >&2; exit 1; }
  printf '%s\n' "$want" > "$stamp"
fi

# 3. The AOT cache: remade when anything it depends on is newer than it, or when it was made
#    in another folder.
aot="$dist/lib/gjs.aot"
home="$(cd "$dist" && pwd -P)"
if [ -f "$aot" ] && [ "$(cat "$aot.home" 2>/dev/null)" = "$home" ] \
   && [ -z "$(find "$dist/lib" "$dist/jvmci" "$dist/runtime/lib/modules" "$dist/bin" -newer "$aot" -type f ! -name 'gjs.aot*' -print | head -n 1)" ]; then
  exit 0
fi
log="$dist/../aot-training.log"
start=$(date +%s)
if ! "$dist/bin/gjs-aot-train" > "$log" 2>&1; then
  cat "$log" >&2
  echo "gjs-native: the AOT training run failed (log: $log)" >&2
  exit 1
fi
echo "gjs-native: AOT cache lib/gjs.aot ($(du -h "$aot" | cut -f1)) made by a training run in $(( $(date +%s) - start )) s"
