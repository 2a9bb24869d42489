#!/usr/bin/env bash
# The Paper Digest benchmark, side by side with Hugo on the same corpora. Run on demand, not in CI.
#
#   bench/run.sh [SIZES...]        default sizes: 1000 10000 100000
#
# Environment: BENCH_RUNS (runs per figure, default 3; the median is reported; BENCH_RUNS_<size> for one size),
# BENCH_WORK (where the
# corpora and sites go, default bench/work), BENCH_XMX (heap for Maven, default 2g).
# Needs: Java 17, Maven, Debian's hugo, GNU time (/usr/bin/time). Writes bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${BENCH_WORK:-$ROOT/bench/work}
RUNS=${BENCH_RUNS:-3}
XMX=${BENCH_XMX:-2g}
SIZES=${*:-1000 10000 100000}
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
SEED=example-project/src/digests/000_ac72b9b54d05ed1c.txt
RESULTS=$ROOT/bench/RESULTS.md
MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(mvn -v | head -1 | sed 's/\x1b\[[0-9;]*m//g'), $(hugo version | cut -d' ' -f1-2)"

command -v hugo >/dev/null || { echo "hugo is missing: apt-get install hugo" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }

echo "Building the plugin ($VERSION)"
mvn -B -q install -DskipTests

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# measure NAME PREPARE COMMAND...: runs PREPARE then COMMAND $RUNS times; records wall s, peak KB, engine s
measure() {
  local name=$1 prepare=$2; shift 2
  : > "$WORK/$name.wall"; : > "$WORK/$name.rss"; : > "$WORK/$name.engine"
  for i in $(seq "$RUNS_NOW"); do
    eval "$prepare"
    /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@" > "$WORK/$name.log" 2>&1 \
      || { cat "$WORK/$name.log" >&2; exit 1; }
    read -r wall rss < "$WORK/$name.time"
    echo "$wall" >> "$WORK/$name.wall"; echo "$rss" >> "$WORK/$name.rss"
    sed -n 's/.*Wrote .* in \([0-9.]*\) s$/\1/p; s/.*up to date.*/0/p' "$WORK/$name.log" | head -1 >> "$WORK/$name.engine"
  done
  WALL=$(median < "$WORK/$name.wall"); RSS=$(median < "$WORK/$name.rss"); ENGINE=$(median < "$WORK/$name.engine")
}

rows=()
for n in $SIZES; do
  dir=$WORK/$n
  if [ ! -d "$dir/project" ]; then
    echo "Generating $n papers"
    java bench/GenerateCorpus.java "$SEED" "$n" "$dir" "$VERSION"
  fi
  project=$dir/project; hugo_site=$dir/hugo
  runs_var="BENCH_RUNS_$n"; RUNS_NOW=${!runs_var:-$RUNS}
  mvn_cmd=(env "MAVEN_OPTS=-Xmx$XMX" mvn -B -o -f "$project/pom.xml" paper-digest:generate)

  echo "$n papers: Paper Digest, full build"
  measure "pd-full-$n" "rm -rf '$project/target'" "${mvn_cmd[@]}"
  pd_wall=$WALL pd_rss=$RSS pd_engine=$ENGINE
  pd_pages=$(find "$project/target/site/papers" -name '*.html' | wc -l)
  pd_size=$(du -sb "$project/target/site/papers" | cut -f1)

  echo "$n papers: Paper Digest, nothing changed"
  measure "pd-same-$n" ":" "${mvn_cmd[@]}"
  same_wall=$WALL

  echo "$n papers: Paper Digest, one digest changed"
  last=$(ls "$project/src/digests" | sort | tail -1)
  measure "pd-one-$n" "printf '\nA changed paper number %s\n\nWe add one paper to the last digest to measure a rebuild after a change, with an abstract long enough to be read as one by the plain-text reader of the plugin.\n' \$RANDOM >> '$project/src/digests/$last'" "${mvn_cmd[@]}"
  one_wall=$WALL

  echo "$n papers: Hugo, full build"
  measure "hugo-$n" "rm -rf '$hugo_site/public'" hugo --quiet -s "$hugo_site" -d "$hugo_site/public"
  hugo_wall=$WALL hugo_rss=$RSS
  hugo_pages=$(find "$hugo_site/public" -name '*.html' | wc -l)
  hugo_size=$(du -sb "$hugo_site/public" | cut -f1)

 rows+=("$(awk -v r="$RUNS_NOW" -v n="$n" -v pw="$pd_wall" -v pe="$pd_engine" -v pp="$pd_pages" -v pr="$pd_rss" -v ps="$pd_size" \
    -v hw="$hugo_wall" -v hp="$hugo_pages" -v hr="$hugo_rss" -v hs="$hugo_size" -v sw="$same_wall" -v ow="$one_wall" \
    'BEGIN { printf "| %d (%d runs) | %.1f s | %.1f s | %d | %.0f | %.0f MB | %.0f MB | %.1f s | %d | %.0f MB | %.0f MB | **%.2f×** | %.1f s (%.0f %%) | %.1f s (%.0f %%) |",
      n, r, pw, pe, pp, pp / pw, pr / 1024, ps / 1048576, hw, hp, hr / 1024, hs / 1048576, hw / pw, sw, 100 * sw / pw, ow, 100 * ow / pw }')")
done

{
  echo "# Benchmark results"
  echo
  echo "Produced by \`bench/run.sh $SIZES\` on $(date -u +%Y-%m-%d) ($MACHINE); median of the runs shown."
  echo "Corpora: \`bench/GenerateCorpus.java\` (deterministic; text from a word-pair Markov chain of the sample"
  echo "digest, daily digests of 100 papers, a Zipf tail of method names). Paper Digest: \`mvn paper-digest:generate\`"
  echo "with \`-Xmx$XMX\`, the whole Maven process, building pages, tags, hubs, related papers, feeds, search index and"
  echo "papers.json. Hugo: \`hugo\` on the same papers with minimal layouts (a page per paper, per tag, a tag index)."
  echo
  echo "| papers | Paper Digest wall | engine alone | pages | pages/s | peak memory | output | Hugo wall | Hugo pages | Hugo peak memory | Hugo output | Hugo ÷ Paper Digest | rebuild, nothing changed | rebuild, one digest changed |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$RESULTS"
cat "$RESULTS"
