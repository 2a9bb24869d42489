#!/usr/bin/env bash
# The Paper Digest benchmark, side by side with Hugo on the same corpora. Run on demand, not in CI.
#
#   bench/run.sh [SIZES...]        default sizes: 1000 10000 100000
#
# Then, for the sizes up to 10,000, bench/preview.sh times rebuilds in a running preview (paper-digest:serve).
#
# Environment:
#   BENCH_RUNS        runs per figure (default 3; the median is reported); BENCH_RUNS_<size> for one size
#   BENCH_WORK        where the corpora and sites go (default bench/work, or bench/work-authors)
#   BENCH_AUTHORS     1: corpora whose papers name authors (arXiv JSON Lines digests, a page per author in both
#                     sites); the results go to bench/RESULTS-authors.md
#   BENCH_XMX         heap for Maven (default 2g)
#   BENCH_MVN_ARGS    more arguments for every build of the paper site (default -DpaperDigest.similarity=lexical:
#                     the benchmark times the build, not a sentence-embedding model's first run)
#   BENCH_REPO        a Maven local repository to use (-Dmaven.repo.local) for the plugin and every build
#   BENCH_BEFORE      a version of the plugin installed in that repository (e.g. 0.1.0-before) to compare with:
#                     its step times and full-build time are shown beside this version's
# Needs: Java 17, Maven, Debian's hugo, GNU time (/usr/bin/time). Writes bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SIZES=${*:-1000 10000 100000}
EXTRA=${BENCH_MVN_ARGS:--DpaperDigest.similarity=lexical}
REPO_ARG=${BENCH_REPO:+-Dmaven.repo.local=$BENCH_REPO}
BEFORE=${BENCH_BEFORE:-}
# the build in Maven's own JVM, without the engine's JVM of its own (fork=false), timed as a second full build
IN_MAVEN=-DpaperDigest.fork=false
PLUGIN=io.github.paperdigest:paper-digest-maven-plugin
RESULTS=$ROOT/bench/RESULTS${AUTHORS:+-authors}.md
MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'), $(hugo version | cut -d' ' -f1-2)"

command -v hugo >/dev/null || { echo "hugo is missing: apt-get install hugo" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
mkdir -p "$WORK"

echo "Building the plugin ($VERSION)"
mvn -B -q $REPO_ARG install -DskipTests -Dinvoker.skip

# bytes SITE: the bytes of the files a host publishes (the plugin's manifest, a dotfile the publishing workflow leaves
# out, excluded); not du, which counts every folder as 4 KB, and Hugo makes a folder per page
bytes() { find "$1" -type f ! -name '.paper-digest-manifest' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
# files SITE: how many files a host publishes
files() { find "$1" -type f ! -name '.paper-digest-manifest' | wc -l; }
# made SITE LOG: the site's files less those the rebuild that wrote LOG said it did not make again
made() { local kept; kept=$(sed -n 's/.*(\([0-9]*\) files\{0,1\} not made again.*/\1/p' "$2" | head -1); echo $(( $(files "$1") - ${kept:-0} )); }

# measure NAME PREPARE COMMAND...: runs PREPARE then COMMAND $RUNS_NOW times; records wall s, processor s (user and
# system, all threads: on a busy machine it says more than the clock), peak KB, engine s
measure() {
  local name=$1 prepare=$2; shift 2
  : > "$WORK/$name.wall"; : > "$WORK/$name.cpu"; : > "$WORK/$name.rss"; : > "$WORK/$name.engine"
  for i in $(seq "$RUNS_NOW"); do
    eval "$prepare"
    # what the preparation wrote (a full build before a rebuild writes the whole site) is on the disk before the
    # clock starts: otherwise the disk's writeback of it is timed as part of the build that follows
    sync
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/$name.time" "$@" > "$WORK/$name.log" 2>&1 \
      || { cat "$WORK/$name.log" >&2; exit 1; }
    read -r wall rss user system < "$WORK/$name.time"
    echo "$wall" >> "$WORK/$name.wall"; echo "$rss" >> "$WORK/$name.rss"
    awk -v u="$user" -v s="$system" 'BEGIN { print u + s }' >> "$WORK/$name.cpu"
    sed -n 's/.*Wrote .* in \([0-9.]*\) s$/\1/p; s/.*up to date.*/0/p' "$WORK/$name.log" | head -1 >> "$WORK/$name.engine"
  done
  WALL=$(median < "$WORK/$name.wall"); RSS=$(median < "$WORK/$name.rss"); ENGINE=$(median < "$WORK/$name.engine")
  CPU=$(median < "$WORK/$name.cpu")
}

# steps LOG: the step times a build logged with -X ("Time: reading the digests 1.2 s (CPU 2.0 s), ...")
steps() { sed -n 's/.*\] Time: //p' "$1" | head -1; }

# The floor: Maven starting on a project with nothing to do
empty=$WORK/empty-project
mkdir -p "$empty"
cat > "$empty/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>empty</artifactId><version>1</version><packaging>pom</packaging></project>
POM
RUNS_NOW=$RUNS
echo "Maven on an empty project"
measure "mvn-empty" ":" env "MAVEN_OPTS=-Xmx$XMX" mvn -B -o $REPO_ARG -f "$empty/pom.xml" validate
maven_floor="$WALL s (CPU $CPU s)"

rows=(); step_rows=(); floor_rows=()
for n in $SIZES; do
  dir=$WORK/$n
  corpus "$n"
  project=$dir/project; hugo_site=$dir/hugo; site=$project/target/site/papers
  runs_var="BENCH_RUNS_$n"; RUNS_NOW=${!runs_var:-$RUNS}
  mvn_cmd=(env "MAVEN_OPTS=-Xmx$XMX" mvn -B -o $REPO_ARG $EXTRA -f "$project/pom.xml" paper-digest:generate)
  last=$(ls "$project/src/digests" | sort | tail -1)

  echo "$n papers: Paper Digest, full build"
  measure "pd-full-$n" "rm -rf '$project/target'" "${mvn_cmd[@]}"
  pd_wall=$WALL pd_rss=$RSS pd_engine=$ENGINE pd_cpu=$CPU
  pd_pages=$(find "$site" -name '*.html' | wc -l)
  pd_size=$(bytes "$site")
  pd_files=$(files "$site")

  echo "$n papers: Paper Digest, full build in Maven's JVM ($IN_MAVEN)"
  measure "pd-fast-$n" "rm -rf '$project/target'" env "MAVEN_OPTS=-Xmx$XMX" mvn -B -o $REPO_ARG $EXTRA $IN_MAVEN \
    -f "$project/pom.xml" paper-digest:generate
  fast_wall=$WALL fast_cpu=$CPU

  echo "$n papers: Paper Digest, nothing changed"
  measure "pd-same-$n" ":" "${mvn_cmd[@]}"
  same_wall=$WALL same_cpu=$CPU

  echo "$n papers: Paper Digest, one paper added to the last digest"
  # each run starts from a site built from the digest as generated, then adds the same paper to it: every run
  # measures the same change, and the papers of earlier runs do not pile up and become each other's related papers
  measure "pd-one-$n" "cp '$dir/$last.generated' '$project/src/digests/$last'; ${mvn_cmd[*]} > '$WORK/pd-one-$n.before.log' 2>&1; append_paper '$project/src/digests/$last'" "${mvn_cmd[@]}"
  one_wall=$WALL one_cpu=$CPU
  one_made=$(made "$site" "$WORK/pd-one-$n.log")

  echo "$n papers: Paper Digest, a new digest of 100 papers"
  next=$(compgen -G "$dir/*.next" | head -1)
  added=$project/src/digests/$(basename "$next" .next)
  # each run starts from a site built without the new digest, then adds it: the rebuild a reading group makes daily
  measure "pd-new-$n" "rm -f '$added'; ${mvn_cmd[*]} > '$WORK/pd-new-$n.before.log' 2>&1; cp '$next' '$added'" \
    "${mvn_cmd[@]}"
  new_wall=$WALL new_cpu=$CPU
  new_made=$(made "$site" "$WORK/pd-new-$n.log") new_files=$(files "$site")
  rm -f "$added"

  echo "$n papers: Hugo, full build"
  measure "hugo-$n" "rm -rf '$hugo_site/public'" hugo --quiet -s "$hugo_site" -d "$hugo_site/public"
  hugo_wall=$WALL hugo_rss=$RSS hugo_cpu=$CPU
  hugo_pages=$(find "$hugo_site/public" -name '*.html' | wc -l)
  hugo_size=$(bytes "$hugo_site/public")

  echo "$n papers: step times (-X)"
  rm -rf "$project/target"
  "${mvn_cmd[@]}" -X > "$WORK/pd-steps-$n.log" 2>&1
  after_steps=$(steps "$WORK/pd-steps-$n.log")
  read_s=$(echo "$after_steps" | sed -n 's/.*reading the digests \([0-9.]*\) s.*/\1/p')
  cat_s=$( { /usr/bin/time -f "%e" cat "$project"/src/digests/* > /dev/null; } 2>&1 )
  digest_mb=$(du -sb "$project/src/digests" | awk '{printf "%.0f", $1 / 1048576}')
  step_rows+=("| $n | $VERSION | $after_steps |")
  if [ -n "$BEFORE" ]; then
    echo "$n papers: Paper Digest $BEFORE, full build with step times (-X)"
    rm -rf "$project/target"
    /usr/bin/time -f "%e" -o "$WORK/pd-before-$n.time" env "MAVEN_OPTS=-Xmx$XMX" mvn -B -o $REPO_ARG $EXTRA -X \
      -f "$project/pom.xml" "$PLUGIN:$BEFORE:generate" > "$WORK/pd-before-$n.log" 2>&1
    step_rows+=("| $n | $BEFORE ($(cat "$WORK/pd-before-$n.time") s wall) | $(steps "$WORK/pd-before-$n.log") |")
    rm -rf "$project/target"
  fi
  floor_rows+=("| $n | $maven_floor | $same_wall s (CPU $same_cpu s) | $read_s s | $cat_s s ($digest_mb MB) |")

  rows+=("$(awk -v r="$RUNS_NOW" -v n="$n" -v pw="$pd_wall" -v pe="$pd_engine" -v pp="$pd_pages" -v pr="$pd_rss" -v ps="$pd_size" \
    -v hw="$hugo_wall" -v hp="$hugo_pages" -v hr="$hugo_rss" -v hs="$hugo_size" -v sw="$same_wall" -v ow="$one_wall" \
    -v made="$one_made" -v files="$pd_files" -v pc="$pd_cpu" -v hc="$hugo_cpu" -v sc="$same_cpu" -v oc="$one_cpu" \
    -v fw="$fast_wall" -v fc="$fast_cpu" -v nw="$new_wall" -v nc="$new_cpu" -v nm="$new_made" -v nf="$new_files" \
    'BEGIN { printf "| %d (%d runs) | %.1f s (CPU %.1f s) | %.1f s | %d | %.0f MB | %.0f MB (%.1f KB/paper) | %.1f s (CPU %.1f s) | %d | %.0f MB | %.0f MB (%.1f KB/paper) | **%.2f×** (CPU %.2f×) | %.1f s (CPU %.1f s), **%.2f×** Hugo | %.1f s (%.0f %%) | %.1f s (%.0f %%; CPU %.0f %%), %d of %d files made | %.1f s (%.0f %%; CPU %.0f %%), %d of %d files made | %.2f× |",
      n, r, pw, pc, pe, pp, pr / 1024, ps / 1048576, ps / n / 1024, hw, hc, hp, hr / 1024, hs / 1048576, hs / n / 1024,
      pw / hw, pc / hc, fw, fc, fw / hw, sw, 100 * sw / pw, ow, 100 * ow / pw, 100 * oc / pc, made, files,
      nw, 100 * nw / pw, 100 * nc / pc, nm, nf, ps / hs }')")
done

# rebuilds in a running preview, where the JVM stays warm from build to build (sizes up to 10,000: a preview of
# 100,000 papers times mostly the disk)
preview_sizes=$(for n in $SIZES; do [ "$n" -gt 10000 ] || echo "$n"; done | tr '\n' ' ')
[ -z "${preview_sizes// /}" ] || BENCH_WORK=$WORK bench/preview.sh $preview_sizes

{
  echo "# Benchmark results"
  echo
  echo "Produced by \`bench/run.sh $SIZES\` on $(date -u +%Y-%m-%d) ($MACHINE); median of the runs shown."
  echo "Corpora: \`bench/GenerateCorpus.java\` (deterministic; text from a word-pair Markov chain of the sample"
  echo "digest, daily digests of 100 papers, a Zipf tail of method names). Paper Digest: \`mvn paper-digest:generate\`"
  echo "with \`-Xmx$XMX\` and \`$EXTRA\`, the whole Maven process, building pages, tags, hubs, related papers, feeds,"
  echo "search index and papers.json. Hugo: \`hugo\` on the same papers with minimal layouts (a page per paper, per tag,"
  echo "a tag index). Every row is one run of the script: the ratios compare figures taken minutes apart. CPU is the"
  echo "processor time of the process (user and system, all threads), which a busy machine inflates less than the clock."
  echo "Output is the bytes of the files a host publishes (the sum of their sizes, without the plugin's manifest)."
  [ -z "$AUTHORS" ] || echo "With authors (\`BENCH_AUTHORS=1\`): up to 6 authors a paper (2 to 6 draws), Zipf over 20,000 names, the digests arXiv JSON Lines, and Hugo given an author taxonomy (a page per author)."
  echo "One more full build runs in Maven's own JVM (\`$IN_MAVEN\`, Maven's default JVM options); every other figure"
  echo "is of the plugin's default, a build in a JVM of its own started with options for a short batch job."
  echo "The two rebuilds after a change: one paper appended to the last digest, and the next day's digest of 100 new"
  echo "papers (written aside by the generator) added to a site built without it; each as a share of the full build."
  echo
  echo "| papers | Paper Digest wall | engine alone | pages | peak memory | output | Hugo wall | Hugo pages | Hugo peak memory | Hugo output | Paper Digest ÷ Hugo | full build in Maven's JVM (\`fork=false\`) | rebuild, nothing changed | rebuild, one paper added to a digest | rebuild, a new digest of 100 papers | output ÷ Hugo's |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "## Step times"
  echo
  echo "One full build with \`-X\` per size and version: clock time, and processor time on all threads."
  echo
  echo "| papers | plugin | steps |"
  echo "|---|---|---|"
  printf '%s\n' "${step_rows[@]}"
  echo
  echo "## Floor"
  echo
  echo "What no build of the paper site can go below on this machine: Maven starting on an empty project"
  echo "(\`mvn validate\`), the plugin finding its site up to date (Maven, the plugin's start, hashing the inputs),"
  echo "the engine reading the digests, and the operating system reading their bytes (\`cat\`)."
  echo
  echo "| papers | Maven, empty project | plugin, nothing changed | engine, reading the digests | cat of the digests |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${floor_rows[@]}"
  if [ -n "${preview_sizes// /}" ]; then
    echo
    echo "## Rebuilds in a running preview"
    echo
    echo "\`bench/preview.sh $preview_sizes\`: the same changes made while \`mvn paper-digest:serve\` runs, whose JVM made the"
    echo "builds before (classes loaded, code compiled); each the preview's own time, as a share of a full build in it."
    echo
    cat "$WORK/preview.md"
  fi
} > "$RESULTS"
cat "$RESULTS"
