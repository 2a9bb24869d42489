#!/usr/bin/env bash
# Floors of indexing and writing: the least a build of the paper site can spend looking at every word of the
# digests, and writing the bytes of the site it builds, on this machine. Run on demand, after bench/run.sh has
# generated the corpora and built their sites.
#
#   bench/floor.sh [SIZES...]      default sizes: 1000 10000 100000 (a size without a corpus or site is skipped)
#
# Environment:
#   FLOOR_RUNS   runs per figure (default 3; the median is reported)
#   FLOOR_XMX    heap of each program (default 4g: the write pass holds the whole site in memory, 2.2 GB at 100,000)
#   BENCH_WORK   where bench/run.sh put the corpora and sites (default bench/work); floor-classes/, floor-out-N/
#                and floor.md are written there (the runs' logs go to a temporary folder, removed at the end)
# Needs: Java 17 (javac, java), GNU time (/usr/bin/time). Writes BENCH_WORK/floor.md and prints it.
set -euo pipefail
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
  exit 0
fi
# resolved before the cd below, so that a relative BENCH_WORK means what it meant where the script was started
WORK=$(realpath -m "${BENCH_WORK:-$(dirname "$0")/work}")
cd "$(dirname "$0")/.."
source bench/lib.sh
RUNS=${FLOOR_RUNS:-3}
XMX=${FLOOR_XMX:-4g}
SIZES=${*:-1000 10000 100000}
CLASSES=$WORK/floor-classes
OUT=$WORK/floor.md
LOGS=$(mktemp -d)
out=
trap 'rm -rf "$LOGS" ${out:+"$out"}' EXIT

for n in $SIZES; do
  [[ $n =~ ^[0-9]+$ ]] || { echo "not a size: $n (try --help)" >&2; exit 2; }
done
[ -d "$WORK" ] || { echo "no $WORK: run bench/run.sh first, or set BENCH_WORK to where it put the corpora" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
command -v javac >/dev/null || { echo "javac is missing: a JDK 17 is needed" >&2; exit 1; }

# compiled once, so that no run times the compiler
rm -rf "$CLASSES"
javac --release 17 -d "$CLASSES" bench/floor/*.java

# value KEY LOG: a key=value line a program printed
value() { sed -n "s/^$1=//p" "$2" | tail -1; }

# measure NAME CLEAN COMMAND...: runs COMMAND $RUNS times, each after CLEAN; records the whole process's wall and
# processor seconds (WALL, CPU) and keeps what the program printed in $LOGS/NAME.log (last run) and NAME.in-jvm (all)
measure() {
  local name=$1 clean=$2; shift 2
  : > "$LOGS/$name.wall"; : > "$LOGS/$name.cpu"; : > "$LOGS/$name.in-jvm"
  for i in $(seq "$RUNS"); do
    eval "$clean"
    /usr/bin/time -f "%e %U %S" -o "$LOGS/$name.time" "$@" > "$LOGS/$name.log" 2>&1 \
      || { cat "$LOGS/$name.log" >&2; exit 1; }
    eval "$clean"
    read -r wall user system < "$LOGS/$name.time"
    echo "$wall" >> "$LOGS/$name.wall"
    awk -v u="$user" -v s="$system" 'BEGIN { print u + s }' >> "$LOGS/$name.cpu"
    cat "$LOGS/$name.log" >> "$LOGS/$name.in-jvm"
  done
  WALL=$(median < "$LOGS/$name.wall"); CPU=$(median < "$LOGS/$name.cpu")
}

# in_jvm NAME KEY: the median of a figure the program printed over the runs
in_jvm() { sed -n "s/^$2=//p" "$LOGS/$1.in-jvm" | median; }

rows=()
for n in $SIZES; do
  digests=$WORK/$n/project/src/digests; site=$WORK/$n/project/target/site/papers; out=$WORK/floor-out-$n
  if [ ! -d "$digests" ]; then echo "$n papers: no corpus at $digests, skipped (bench/run.sh $n makes it)" >&2; continue; fi
  if [ ! -d "$site" ]; then echo "$n papers: no site at $site, skipped (bench/run.sh $n builds it)" >&2; continue; fi

  echo "$n papers: word pass" >&2
  measure "floor-words-$n" ":" java "-Xmx$XMX" -cp "$CLASSES" WordPass "$digests"
  words_wall=$WALL words_cpu=$CPU
  blocks=$(value blocks "$LOGS/floor-words-$n.log"); words=$(value words "$LOGS/floor-words-$n.log")
  distinct=$(value distinct_words "$LOGS/floor-words-$n.log")
  word_s=$(in_jvm "floor-words-$n" word_seconds); read_s=$(in_jvm "floor-words-$n" read_seconds)

  echo "$n papers: write pass" >&2
  measure "floor-write-$n" "rm -rf '$out'" java "-Xmx$XMX" -cp "$CLASSES" WritePass "$site" "$out"
  write_wall=$WALL write_cpu=$CPU
  files=$(value files "$LOGS/floor-write-$n.log"); bytes=$(value bytes "$LOGS/floor-write-$n.log")
  write_s=$(in_jvm "floor-write-$n" write_seconds); load_s=$(in_jvm "floor-write-$n" load_seconds)

  rows+=("$(awk -v n="$n" -v r="$RUNS" -v ws="$word_s" -v rs="$read_s" -v ww="$words_wall" -v wc="$words_cpu" \
    -v b="$blocks" -v w="$words" -v d="$distinct" -v ts="$write_s" -v ls="$load_s" -v tw="$write_wall" \
    -v tc="$write_cpu" -v f="$files" -v by="$bytes" \
    'BEGIN { printf "| %d (%d runs) | %.3f s (+ reading the files %.3f s) | %.2f s (CPU %.2f s) | %d | %d (%d distinct) | %.3f s | %.2f s (CPU %.2f s), of which %.2f s loading the site | %d | %.0f |",
      n, r, ws, rs, ww, wc, b, w, d, ts, tw, tc, ls, f, by / 1048576 }')")
done
[ ${#rows[@]} -gt 0 ] || { echo "no size had both a corpus and a site under $WORK" >&2; exit 1; }

{
  echo "# Floors of indexing and writing"
  echo
  echo "Produced by \`bench/floor.sh $SIZES\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(java -version 2>&1 | head -1));"
  echo "median of the runs, each program a whole \`java -Xmx$XMX\` process doing its work on 2 threads. Word pass: every digest read as"
  echo "UTF-8, cut into blocks at blank lines (a title or an abstract each), every run of letters and digits lower-cased"
  echo "and counted per block and in how many blocks it occurs. Write pass: the built site's files (without the plugin's"
  echo "manifest), loaded into memory untimed, then written into a fresh folder. See bench/README.md."
  echo
  echo "| papers | word pass (in JVM) | word pass (whole process) | blocks | words | write our site's files (in JVM) | whole process | files | MB |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$OUT"
cat "$OUT"
