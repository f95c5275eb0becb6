#!/bin/sh
# Checks the packaged distribution (run by Maven's verify phase): it prints 3, it takes its AOT
# cache (-XX:AOTMode=on makes the JVM fail instead of silently ignoring a stale cache), and the
# Graal JIT compiles (with the JIT missing the engine options below do not exist and gjs errors).
# Usage: verify.sh <distribution dir>
set -u
gjs="$1/bin/gjs"
fail() { echo "gjs-native verify: $*" >&2; exit 1; }

out="$("$gjs" -e 'console.log(1+2)' 2>&1)" || fail "gjs -e 'console.log(1+2)' failed: $out"
[ "$out" = 3 ] || fail "gjs -e 'console.log(1+2)' printed '$out', expected '3'"

if [ -x "$1/runtime/bin/java" ]; then
  [ -f "$1/lib/gjs.aot" ] || fail "lib/gjs.aot is missing"
  out="$(GJS_JAVA_OPTS=-XX:AOTMode=on "$gjs" -e 'console.log(1+2)' 2>&1)" || fail "the AOT cache is not accepted: $out"
  [ "$out" = 3 ] || fail "with -XX:AOTMode=on gjs printed '$out', expected '3'"
fi

out="$("$gjs" --experimental-options --engine.TraceCompilation --engine.CompileImmediately=true \
      --engine.BackgroundCompilation=false -e 'function inc(a) { return a + 1; } console.log(inc(1))' 2>&1)" \
  || fail "the JIT check failed: $out"
case "$out" in
  *"opt done"*inc*) ;;
  *) fail "no Graal compilation in the distribution: $out" ;;
esac
echo "gjs-native verify: ok (prints 3, AOT cache accepted, Graal JIT compiles)"
