# Shared by the bench scripts, which source it after changing to the repository's root.

# The settings every script takes from the environment (bench/run.sh says what each means)
ROOT=$PWD
WORK=${BENCH_WORK:-$ROOT/bench/work}
RUNS=${BENCH_RUNS:-3}
XMX=${BENCH_XMX:-2g}
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
SEED=example-project/src/digests/000_ac72b9b54d05ed1c.txt

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# corpus N: makes the corpus of N papers in $WORK/N (a project, its Hugo twin, and the next day's digest beside them)
# unless it is there; a corpus from before the generator wrote the next day's digest aside is made again (the same
# papers). Then puts the last digest back as generated: the one-paper figures append papers to it.
corpus() {
  local dir=$WORK/$1 last
  if [ ! -d "$dir/project" ] || ! compgen -G "$dir/*.txt.next" > /dev/null; then
    rm -rf "$dir"
    echo "Generating $1 papers"
    java bench/GenerateCorpus.java "$SEED" "$1" "$dir" "$VERSION"
  fi
  last=$(ls "$dir/project/src/digests" | sort | tail -1)
  [ -f "$dir/$last.generated" ] || cp "$dir/project/src/digests/$last" "$dir/$last.generated"
  cp "$dir/$last.generated" "$dir/project/src/digests/$last"
}
