#!/bin/sh
# Assembles native/target/gjs after maven-dependency-plugin has filled lib/ and jvmci/:
#   1. bin/gjs from src/dist/bin/gjs;
#   2. runtime/: a jlinked JDK 25 without the empty jdk.graal.compiler placeholder module, so
#      the Graal JIT can come from the plain --module-path (which the AOT cache accepts) instead
#      of --upgrade-module-path (which it refuses);
#   3. lib/gjs.aot: the JDK AOT cache, from a training run of bin/gjs on src/training/train.js.
# Steps 2 and 3 are skipped when their output is up to date.
# Usage: assemble.sh <build JDK home> <module basedir> <distribution dir>
set -eu
jdk="$1"; base="$2"; dist="$3"

# 1. The launcher script.
mkdir -p "$dist/bin"
if ! cmp -s "$base/src/dist/bin/gjs" "$dist/bin/gjs"; then
  cp "$base/src/dist/bin/gjs" "$dist/bin/gjs"
fi
chmod 755 "$dist/bin/gjs"

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

# 3. The AOT cache: remade when anything it depends on is newer than it.
aot="$dist/lib/gjs.aot"
if [ -f "$aot" ] && [ -z "$(find "$dist/lib" "$dist/jvmci" "$dist/runtime/lib/modules" "$dist/bin/gjs" \
      "$base/src/training" -newer "$aot" -type f ! -name gjs.aot -print | head -n 1)" ]; then
  exit 0
fi
echo "gjs-native: AOT training run (src/training/train.js; newer: $(find "$dist/lib" "$dist/jvmci" "$dist/runtime/lib/modules" "$dist/bin/gjs" "$base/src/training" -newer "$aot" -type f ! -name gjs.aot -print 2>/dev/null | head -n 3 | tr '\n' ' '))"
rm -f "$aot" "$aot.config"
log="$dist/../aot-training.log"
start=$(date +%s)
# BackgroundCompilation=false: the hot function is compiled before the program ends, so the
# Graal compiler's classes are loaded and kept in the cache too.
if ! GJS_AOT_OUTPUT="$aot" GJS_AOT=0 "$dist/bin/gjs" --experimental-options --engine.BackgroundCompilation=false \
      "$base/src/training/train.js" > "$log" 2>&1 || [ ! -s "$aot" ]; then
  cat "$log" >&2
  echo "gjs-native: the AOT training run failed (log: $log)" >&2
  exit 1
fi
echo "gjs-native: $(du -h "$aot" | cut -f1) AOT cache in $(( $(date +%s) - start )) s"
