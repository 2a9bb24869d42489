# Shared by the bench scripts, which source it after changing to the repository's root.

# The settings every script takes from the environment (bench/run.sh says what each means)
ROOT=$PWD
# BENCH_AUTHORS=1: corpora whose papers name authors (arXiv JSON Lines digests; see GenerateCorpus.java), kept apart
AUTHORS=${BENCH_AUTHORS:-}
WORK=${BENCH_WORK:-$ROOT/bench/work${AUTHORS:+-authors}}
RUNS=${BENCH_RUNS:-3}
XMX=${BENCH_XMX:-2g}
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
SEED=example-project/src/digests/000_ac72b9b54d05ed1c.txt

# append_paper DIGEST [WORD]: appends one paper to a digest, in its format (plain text, or an arXiv JSON Lines record)
append_paper() {
  local about="We add one paper to the last digest to measure a rebuild after a change, with an abstract long enough to be read as one by the plain-text reader of the plugin."
  case $1 in
    *.jsonl) printf '{"id": "2012.%05d", "title": "A changed paper%s", "summary": "%s", "authors": ["Ada Abe", "Bo Bauer"]}\n' \
      "$(( 10#${2:-0} % 100000 ))" "${2:+ number $2}" "$about" >> "$1" ;;
    *) printf '\nA changed paper%s\n\n%s\n' "${2:+ number $2}" "$about" >> "$1" ;;
  esac
}

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# corpus N: makes the corpus of N papers in $WORK/N (a project, its Hugo twin, and the next day's digest beside them)
# unless it is there; a corpus from before the generator wrote the next day's digest aside is made again (the same
# papers). Then puts the last digest back as generated: the one-paper figures append papers to it.
corpus() {
  local dir=$WORK/$1 last
  # a corpus of the other kind (with or without authors) in the same folder is made again
  local kind=txt
  [ -z "$AUTHORS" ] || kind=jsonl
  if [ ! -d "$dir/project" ] || ! compgen -G "$dir/*.$kind.next" > /dev/null; then
    rm -rf "$dir"
    echo "Generating $1 papers${AUTHORS:+ with authors}"
    java bench/GenerateCorpus.java "$SEED" "$1" "$dir" "$VERSION" ${AUTHORS:+--authors}
  fi
  last=$(ls "$dir/project/src/digests" | sort | tail -1)
  [ -f "$dir/$last.generated" ] || cp "$dir/project/src/digests/$last" "$dir/$last.generated"
  cp "$dir/$last.generated" "$dir/project/src/digests/$last"
}
