#!/bin/sh
# Start-up times of the packaged gjs (native/target/gjs) with and without its AOT cache, of the
# repository's bin/gjs (stock JDK, --upgrade-module-path) and of node, for reference.
# Prints, per command, the median and minimum of N runs: wall time and CPU time (user+sys,
# from /usr/bin/time; on a shared machine CPU is the steadier figure).
# Usage: native/bench/startup.sh [N]      (build first: mvn -pl native -am package -DskipTests)
set -eu
n="${1:-10}"
here="$(cd "$(dirname "$0")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
gjs="$root/native/target/gjs/bin/gjs"
small="$here/small.js"
[ -x "$gjs" ] || { echo "build the distribution first: mvn -pl native -am package -DskipTests" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { sort -n | head -n 1; }

# bench <label> <env assignment or -> <command...>
bench() {
  label="$1"; envset="$2"; shift 2
  tmp="$(mktemp)"
  # one untimed run to warm the page cache
  if [ "$envset" = - ]; then "$@" >/dev/null 2>&1 || true; else env "$envset" "$@" >/dev/null 2>&1 || true; fi
  i=0
  while [ "$i" -lt "$n" ]; do
    if [ "$envset" = - ]; then
      /usr/bin/time -f '%e %U %S' -o "$tmp.t" "$@" >/dev/null 2>&1
    else
      /usr/bin/time -f '%e %U %S' -o "$tmp.t" env "$envset" "$@" >/dev/null 2>&1
    fi
    tail -n 1 "$tmp.t" >> "$tmp"
    i=$((i + 1))
  done
  wall_med="$(awk '{ print $1 }' "$tmp" | median)"; wall_min="$(awk '{ print $1 }' "$tmp" | minimum)"
  cpu_med="$(awk '{ print $2 + $3 }' "$tmp" | median)"; cpu_min="$(awk '{ print $2 + $3 }' "$tmp" | minimum)"
  printf '%-44s %8.2f %8.2f %8.2f %8.2f\n' "$label" "$wall_med" "$wall_min" "$cpu_med" "$cpu_min"
  rm -f "$tmp" "$tmp.t"
}

printf '%s runs each; seconds\n' "$n"
printf '%-44s %8s %8s %8s %8s\n' command wall-med wall-min cpu-med cpu-min
bench "dist gjs -e 'console.log(1)', AOT cache"    -       "$gjs" -e 'console.log(1)'
bench "dist gjs -e 'console.log(1)', no cache"     GJS_AOT=0 "$gjs" -e 'console.log(1)'
bench "dist gjs bench/small.js, AOT cache"          -       "$gjs" "$small"
bench "dist gjs bench/small.js, no cache"           GJS_AOT=0 "$gjs" "$small"
if [ -x "$root/launcher/target/classes" ] || [ -d "$root/launcher/target/classes" ]; then
  bench "bin/gjs -e 'console.log(1)' (stock JDK)"   -       "$root/bin/gjs" -e 'console.log(1)'
fi
if command -v node >/dev/null 2>&1; then
  bench "node -e 'console.log(1)' ($(node --version))" - node -e 'console.log(1)'
fi
