#!/bin/sh
# The CLI's outputs on the reference report, the sample and the national file,
# to prove a speed-up changed none of them.
#   bench/same-outputs.sh DIR            write every output (and exit code) into DIR
#   bench/same-outputs.sh --compare BASE write them afresh and diff against BASE
# (BASE: the same script run on the commit before the change.) Needs
# `npm run build:cli` and `tsc -p tsconfig.bench.json` first.
set -eu
cd "$(dirname "$0")/.."
if [ "$1" = "--compare" ]; then
  base=$2; out=$(mktemp -d)
else
  base=""; out=$1
fi
mkdir -p "$out"
node build-bench/bench/write-national-csv.js "$out/national.csv"
node build-bench/bench/write-national-csv.js "$out/national-th.csv" 8323 --thai
# A small file with bad cells: a word for a score, an empty agency, a score over 100.
node build-bench/bench/write-national-csv.js "$out/small.csv" 40
sed -e '5s/,[0-9.]*,/,abc,/6' -e '9s/^\([0-9]*\),[^,]*,/\1,,/' -e '12s/,[0-9.]*,/,123.4,/7' "$out/small.csv" >"$out/bad.csv"
sample=samples/khelang-nakhon-2564-2565.csv
ref=test/fixtures/khelang-nakhon-ita-2565-report.txt
run() { # NAME ARGS...: stdout, stderr and the exit code of one CLI run
  name=$1; shift
  set +e
  node bin/ita-scorecard.js "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.code"
  set -e
}
run grade-text grade "$sample"
run grade-json grade "$sample" --json
run grade-en grade "$sample" --lang en --digits arabic
run grade-check grade "$sample" --check "$ref"
run grade-check-json grade "$sample" --check "$ref" --json
run ranking-text grade samples/khelang-nakhon-2565-ranking.txt
run group-json group "$out/national.csv" --json
run group-text group "$out/national.csv"
run group-en group "$out/national.csv" --lang en --digits arabic
run group-peers group "$out/national.csv" --group จังหวัด --agency "องค์การบริหารส่วนจังหวัดที่ 1" --json
run group-ambiguous group "$out/national.csv" --group ประเภท --agency "เทศบาลตำบลที่ 17"
run group-peers-text group "$out/national.csv" --group ประเภท --agency "องค์การบริหารส่วนจังหวัดที่ 1"
run group-thai group "$out/national-th.csv" --group จังหวัด --json
run group-bad group "$out/bad.csv" --group จังหวัด --json
run group-bad-text group "$out/bad.csv" --lang en
run group-year group "$out/small.csv" --year 2565 --json
rm -f "$out"/*.csv
if [ -n "$base" ]; then
  if diff -r "$base" "$out" >"$out.diff"; then echo "same outputs as $base ($(ls "$out" | wc -l) files)"; rm -rf "$out" "$out.diff"
  else echo "outputs differ from $base: see $out.diff"; head -40 "$out.diff"; exit 1; fi
fi
