#!/usr/bin/env bash
# Rebuilds in a running preview (`mvn paper-digest:serve`), where the JVM that made the last build makes the next:
# its classes are loaded and its code compiled, which a fresh `mvn` process pays for again on every build. Run on
# demand, not in CI; bench/run.sh runs it after its own figures.
#
#   bench/preview.sh [SIZES...]        default sizes: 1000 10000
#
# For each size, on the corpus bench/run.sh generates (made here when missing), it starts one preview and times,
# BENCH_RUNS times each: a full build (the site folder and what the plugin keeps beside it deleted first), a paper
# appended to the last digest, and the next day's digest of 100 papers added (then taken away again, untimed).
# A time is the preview's own figure ("Rebuilt after ... in 4.2 s"): from the change seen to the new site in place.
# Environment: BENCH_RUNS, BENCH_WORK, BENCH_XMX, BENCH_MVN_ARGS and BENCH_REPO, as for bench/run.sh.
# Prints a Markdown table, and writes it to $BENCH_WORK/preview.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SIZES=${*:-1000 10000}
EXTRA=${BENCH_MVN_ARGS:--DpaperDigest.similarity=lexical}
REPO_ARG=${BENCH_REPO:+-Dmaven.repo.local=$BENCH_REPO}
# a build's end in the preview's log: rebuilt, found unchanged, or failed
BUILT='Rebuilt after|unchanged after|could not be'

serve_pid=
stop_preview() { [ -z "$serve_pid" ] || { kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; }; serve_pid=; }
trap stop_preview EXIT

# until LOG COUNT: waits until LOG shows more than COUNT builds' ends (at most 10 minutes), then prints the last
# one's seconds; fails when the build failed
until_built() {
  local log=$1 before=$2 waited=0
  while [ "$(grep -cE "$BUILT" "$log")" -le "$before" ]; do
    sleep 0.05; waited=$((waited + 1))
    [ "$waited" -lt 12000 ] || { echo "the preview made no build in 10 minutes; its log: $log" >&2; exit 1; }
  done
  grep -E "$BUILT" "$log" | tail -1 | grep -q 'Rebuilt after' || { tail -20 "$log" >&2; exit 1; }
  grep -E "$BUILT" "$log" | tail -1 | sed -n 's/.* in \([0-9.]*\) s;.*/\1/p'
}
builds() { grep -cE "$BUILT" "$1" || true; }

rows=()
for n in $SIZES; do
  dir=$WORK/$n
  corpus "$n"
  project=$dir/project; site=$project/target/site
  last=$(ls "$project/src/digests" | sort | tail -1)
  next=$(compgen -G "$dir/*.next" | head -1)
  added=$project/src/digests/$(basename "$next" .next)
  rm -f "$added"

  echo "$n papers: starting a preview"
  log=$WORK/preview-$n.log
  env "MAVEN_OPTS=-Xmx$XMX" mvn -B -o $REPO_ARG $EXTRA -DpaperDigest.port=0 -f "$project/pom.xml" \
    paper-digest:serve > "$log" 2>&1 &
  serve_pid=$!
  waited=0
  until grep -q 'Serving the paper site' "$log"; do
    kill -0 "$serve_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2; waited=$((waited + 1)); [ "$waited" -lt 3000 ] || { echo "the preview did not start" >&2; exit 1; }
  done
  # two rebuilds first, so that the figures are those of a preview that has built a few times
  for i in 1 2; do count=$(builds "$log"); append_paper "$project/src/digests/$last" "$RANDOM$RANDOM"; until_built "$log" "$count" > /dev/null; done

  : > "$WORK/preview-full-$n"; : > "$WORK/preview-one-$n"; : > "$WORK/preview-new-$n"
  for i in $(seq "$RUNS"); do
    echo "$n papers: full build in the preview ($i of $RUNS)"
    count=$(builds "$log"); rm -rf "$site"; append_paper "$project/src/digests/$last" "$RANDOM$RANDOM"
    until_built "$log" "$count" >> "$WORK/preview-full-$n"
    sleep 1
    echo "$n papers: one paper added ($i of $RUNS)"
    count=$(builds "$log"); append_paper "$project/src/digests/$last" "$RANDOM$RANDOM"
    until_built "$log" "$count" >> "$WORK/preview-one-$n"
    sleep 1
    echo "$n papers: a new digest added ($i of $RUNS)"
    count=$(builds "$log"); cp "$next" "$added"
    until_built "$log" "$count" >> "$WORK/preview-new-$n"
    sleep 1
    count=$(builds "$log"); rm -f "$added"; until_built "$log" "$count" > /dev/null
    sleep 1
  done
  stop_preview
  cp "$dir/$last.generated" "$project/src/digests/$last"
  full=$(median < "$WORK/preview-full-$n"); one=$(median < "$WORK/preview-one-$n"); new=$(median < "$WORK/preview-new-$n")
  rows+=("$(awk -v n="$n" -v r="$RUNS" -v f="$full" -v o="$one" -v w="$new" \
    -v fs="$(paste -sd ' ' "$WORK/preview-full-$n")" -v os="$(paste -sd ' ' "$WORK/preview-one-$n")" \
    -v ws="$(paste -sd ' ' "$WORK/preview-new-$n")" \
    'BEGIN { printf "| %d (%d runs) | %.1f s (%s) | %.1f s (%s), **%.0f %%** | %.1f s (%s), **%.0f %%** |", n, r, f, fs, o, os, 100 * o / f, w, ws, 100 * w / f }')")
done

{
  echo "| papers | full build in the preview | one paper added to a digest (÷ full) | a new digest of 100 papers (÷ full) |"
  echo "|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$WORK/preview.md"
