#!/usr/bin/env bash
# What semantic similarity costs: for each size, the whole `mvn paper-digest:generate` process with
# similarity=lexical (no model), semantic with a cold embedding cache (every paper embedded), and semantic with a
# warm cache (every vector read back). Run on demand, not in CI; writes bench/SEMANTIC.md.
#
#   bench/semantic.sh [SIZES...]      default sizes: 1000 10000
#
# Environment: BENCH_RUNS (runs per figure, default 3; the median is reported), BENCH_COLD_RUNS (runs of the cold
# build, default 1: it is the long one), BENCH_WORK (default bench/work, shared with run.sh's corpora),
# BENCH_XMX (heap for Maven, default 2g), BENCH_MAVEN_ARGS (more arguments for every mvn call, such as
# -Dmaven.repo.local=...). Needs Java 17, Maven and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${BENCH_WORK:-$ROOT/bench/work}
RUNS=${BENCH_RUNS:-3}
COLD_RUNS=${BENCH_COLD_RUNS:-1}
XMX=${BENCH_XMX:-2g}
read -r -a MVN_ARGS <<< "${BENCH_MAVEN_ARGS:-}"
SIZES=${*:-1000 10000}
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
SEED=example-project/src/digests/000_ac72b9b54d05ed1c.txt
RESULTS=$ROOT/bench/SEMANTIC.md
MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"

[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
echo "Building the plugin ($VERSION)"
mvn -B -q "${MVN_ARGS[@]}" install -DskipTests

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# measure NAME RUNS PREPARE COMMAND...: median wall s and peak RSS KB of COMMAND over RUNS runs, PREPARE before each
measure() {
  local name=$1 runs=$2 prepare=$3; shift 3
  : > "$WORK/$name.wall"; : > "$WORK/$name.rss"
  for _ in $(seq "$runs"); do
    eval "$prepare"
    /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@" > "$WORK/$name.log" 2>&1 || { cat "$WORK/$name.log" >&2; exit 1; }
    read -r wall rss < "$WORK/$name.time"
    echo "$wall" >> "$WORK/$name.wall"; echo "$rss" >> "$WORK/$name.rss"
  done
  WALL=$(median < "$WORK/$name.wall"); RSS=$(median < "$WORK/$name.rss")
  EMBED=$(sed -n 's/.*Embeddings of \(.*\)$/\1/p' "$WORK/$name.log" | tail -1)
}

rows=()
for n in $SIZES; do
  dir=$WORK/$n
  if [ ! -d "$dir/project" ]; then
    echo "Generating $n papers"
    java bench/GenerateCorpus.java "$SEED" "$n" "$dir" "$VERSION"
  fi
  project=$dir/project
  cache=$dir/embedding-cache
  mvn_cmd=(env "MAVEN_OPTS=-Xmx$XMX" mvn -B -o "${MVN_ARGS[@]}" -f "$project/pom.xml" paper-digest:generate
    "-DpaperDigest.embeddingCache=$cache")

  echo "$n papers: lexical"
  measure "sem-lexical-$n" "$RUNS" "rm -rf '$project/target'" "${mvn_cmd[@]}" -DpaperDigest.similarity=lexical
  lex_wall=$WALL lex_rss=$RSS
  echo "$n papers: semantic, cold cache"
  measure "sem-cold-$n" "$COLD_RUNS" "rm -rf '$project/target' '$cache'" "${mvn_cmd[@]}"
  cold_wall=$WALL cold_rss=$RSS cold_embed=$EMBED
  echo "$n papers: semantic, warm cache"
  measure "sem-warm-$n" "$RUNS" "rm -rf '$project/target'" "${mvn_cmd[@]}"
  warm_wall=$WALL warm_rss=$RSS warm_embed=$EMBED
  cache_size=$(du -sb "$cache" | cut -f1)
  rows+=("$(awk -v n="$n" -v lw="$lex_wall" -v lr="$lex_rss" -v cw="$cold_wall" -v cr="$cold_rss" -v ww="$warm_wall" \
      -v wr="$warm_rss" -v cs="$cache_size" \
      'BEGIN { printf "| %d | %.1f s | %.0f MB | %.1f s | %.0f MB | %.1f s (%+.0f %%) | %.0f MB | %.1f MB |",
        n, lw, lr / 1024, cw, cr / 1024, ww, 100 * (ww - lw) / lw, wr / 1024, cs / 1048576 }')")
  rows+=("|  | | | $cold_embed | | $warm_embed | | |")
done

{
  echo "# Semantic similarity: cost"
  echo
  echo "Produced by \`bench/semantic.sh $SIZES\` on $(date -u +%Y-%m-%d) ($MACHINE). Corpora: \`bench/GenerateCorpus.java\`."
  echo "Each figure is the whole \`mvn paper-digest:generate\` process (\`-Xmx$XMX\`), the output folder removed first;"
  echo "median of $RUNS runs, the cold build $COLD_RUNS run(s). Cold: the embedding cache removed first. Warm: the cache"
  echo "of the previous run. Peak memory is the process's resident set. The second line of each size is the build's own"
  echo "account of its embeddings."
  echo
  echo "| papers | lexical | peak memory | semantic, cold cache | peak memory | semantic, warm cache (vs lexical) | peak memory | cache on disk |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$RESULTS"
cat "$RESULTS"
