#!/bin/sh
# The -Pnative-image build: a GraalVM native executable of the gjs launcher.
# Documentation of intent plus a guarded command; it has never linked on the project's
# machines, which have no GraalVM distribution (shared STACK.md, "Native image").
# Usage: native-image.sh --check
#        native-image.sh <distribution dir> <output dir>
set -eu
ni=""
for candidate in "${GRAALVM_HOME:-}/bin/native-image" "${JAVA_HOME:-}/bin/native-image" "$(command -v native-image 2>/dev/null || true)"; do
  case "$candidate" in /bin/native-image|"") continue ;; esac
  if [ -x "$candidate" ]; then ni="$candidate"; break; fi
done
if [ -z "$ni" ]; then
  echo "gjs-native: native-image is not available on this machine (no GraalVM distribution: set GRAALVM_HOME or put native-image on PATH). Build without -Pnative-image to get the JVM distribution with its AOT cache." >&2
  exit 1
fi
[ "$1" = --check ] && { echo "gjs-native: using $ni"; exit 0; }

dist="$1"; out="$2"
mkdir -p "$out"
# The class path of the JVM distribution minus nothing: native-image brings its own Graal, so
# jvmci/ is not used; Truffle's native-image support comes from truffle-runtime on the class path.
cp=""
for jar in $(cd "$dist/lib" && ls | grep '\.jar$' | LC_ALL=C sort); do
  cp="${cp:+$cp:}$dist/lib/$jar"
done
exec "$ni" --no-fallback -Xss16m -cp "$cp" -o "$out/gjs" org.gjs.launcher.GjsLauncher
