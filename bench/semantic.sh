#!/usr/bin/env bash
# What semantic similarity costs: for each size, the whole `mvn paper-digest:generate` process with
# similarity=lexical (no model), semantic with a cold embedding cache (every paper embedded), and semantic with a
# warm cache (every vector read back). Run on demand, not in CI; writes bench/SEMANTIC.md.
#
#   bench/semantic.sh [SIZES...]      default sizes: 1000 10000
#
# Environment: BENCH_RUNS (runs per figure, default 3; the median is reported; lexical and warm runs alternate),
# BENCH_COLD_RUNS (runs of the cold build, default 1: it is the long one; 0 skips it; BENCH_COLD_RUNS_<size> for one
# size), BENCH_WORK (default bench/work, shared with run.sh's corpora),
# BENCH_XMX (heap for Maven, default 2g), BENCH_MAVEN_ARGS (more arguments for every mvn call, such as
# -Dmaven.repo.local=...). Needs Java 17, Maven and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
COLD_RUNS=${BENCH_COLD_RUNS:-1}
read -r -a MVN_ARGS <<< "${BENCH_MAVEN_ARGS:-}"
SIZES=${*:-1000 10000}
RESULTS=$ROOT/bench/SEMANTIC.md
MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"

[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
echo "Building the plugin ($VERSION)"
mvn -B -q "${MVN_ARGS[@]}" install -DskipTests -Dinvoker.skip

# once NAME PREPARE COMMAND...: one run of COMMAND after PREPARE; appends its wall s, CPU s (user + system) and peak
# heap MB (the most the heap held when a collection began, from the JVM's GC log) to NAME's files
once() {
  local name=$1 prepare=$2; shift 2
  eval "$prepare"
  rm -f "$WORK/gc.log"
  /usr/bin/time -f "%e %U %S" -o "$WORK/$name.time" "$@" > "$WORK/$name.log" 2>&1 || { cat "$WORK/$name.log" >&2; exit 1; }
  read -r wall user sys < "$WORK/$name.time"
  echo "$wall" >> "$WORK/$name.wall"; echo "$user $sys" | awk '{print $1 + $2}' >> "$WORK/$name.cpu"
  sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$WORK/gc.log" | sort -n | tail -1 >> "$WORK/$name.heap"
}

# medians NAME: sets WALL, CPU, HEAP to the medians of NAME's runs and EMBED to the build's account of its embeddings
medians() {
  local name=$1
  WALL=$(median < "$WORK/$name.wall"); CPU=$(median < "$WORK/$name.cpu"); HEAP=$(median < "$WORK/$name.heap")
  EMBED=$(sed -n 's/.*Embeddings of \(.*\)$/\1/p' "$WORK/$name.log" | tail -1)
}

reset() { for f in wall cpu heap; do : > "$WORK/$1.$f"; done; }

rows=()
for n in $SIZES; do
  dir=$WORK/$n
  corpus "$n"
  project=$dir/project
  cache=$dir/embedding-cache
  mvn_cmd=(env "MAVEN_OPTS=-Xmx$XMX -Xlog:gc:file=$WORK/gc.log" mvn -B -o "${MVN_ARGS[@]}" -f "$project/pom.xml" paper-digest:generate
    "-DpaperDigest.embeddingCache=$cache")

  reset "sem-cold-$n"; reset "sem-lexical-$n"; reset "sem-warm-$n"
  cold_var="BENCH_COLD_RUNS_$n"; cold_runs=${!cold_var:-$COLD_RUNS}
  for i in $(seq "$cold_runs"); do
    echo "$n papers: semantic, cold cache ($i of $cold_runs)"
    once "sem-cold-$n" "rm -rf '$project/target' '$cache'" "${mvn_cmd[@]}"
  done
  # lexical and warm runs alternate, so that a change in the machine's load between them weighs on both alike
  for i in $(seq "$RUNS"); do
    echo "$n papers: lexical and semantic with a warm cache ($i of $RUNS)"
    once "sem-lexical-$n" "rm -rf '$project/target'" "${mvn_cmd[@]}" -DpaperDigest.similarity=lexical
    once "sem-warm-$n" "rm -rf '$project/target'" "${mvn_cmd[@]}"
  done
  medians "sem-lexical-$n"; lex_wall=$WALL lex_cpu=$CPU lex_heap=$HEAP
  if [ "$cold_runs" -gt 0 ]; then medians "sem-cold-$n"; cold_wall=$WALL cold_heap=$HEAP cold_embed=$EMBED
  else cold_wall=0 cold_heap=0 cold_embed="not measured"; fi
  medians "sem-warm-$n"; warm_wall=$WALL warm_cpu=$CPU warm_heap=$HEAP warm_embed=$EMBED
  cache_size=$(du -sb "$cache" | cut -f1)
  rows+=("$(awk -v n="$n" -v lw="$lex_wall" -v lc="$lex_cpu" -v lh="$lex_heap" -v cw="$cold_wall" -v ch="$cold_heap" \
      -v ww="$warm_wall" -v wc="$warm_cpu" -v wh="$warm_heap" -v cs="$cache_size" \
      'BEGIN { printf "| %d | %.1f s (CPU %.1f s) | %.0f MB | %.1f s | %.0f MB | %.1f s (%+.0f %%; CPU %.1f s, %+.0f %%) | %.0f MB | %.1f MB |",
        n, lw, lc, lh, cw, ch, ww, 100 * (ww - lw) / lw, wc, 100 * (wc - lc) / lc, wh, cs / 1048576 }')")
  rows+=("|  | | | $cold_embed | | $warm_embed | | |")
done

{
  echo "# Semantic similarity: cost"
  echo
  echo "Produced by \`bench/semantic.sh $SIZES\` on $(date -u +%Y-%m-%d) ($MACHINE). Corpora: \`bench/GenerateCorpus.java\`."
  echo "Each figure is the whole \`mvn paper-digest:generate\` process (\`-Xmx$XMX\`), the output folder removed first;"
  echo "median of $RUNS runs, lexical and warm runs alternating; the cold build $COLD_RUNS run(s). CPU: user + system"
  echo "time of the process, steadier than wall time on a shared machine. Cold: the embedding cache removed first. Warm: the cache"
  echo "of the previous run. Peak heap: the most the heap held when a collection began (\`-Xlog:gc\`). The second line of"
  echo "each size is the build's own"
  echo "account of its embeddings."
  echo
  echo "| papers | lexical | peak heap | semantic, cold cache | peak heap | semantic, warm cache (vs lexical) | peak heap | cache on disk |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$RESULTS"
cat "$RESULTS"
