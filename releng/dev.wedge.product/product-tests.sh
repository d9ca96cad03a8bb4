#!/bin/sh
# Tests of the installed product's start script (run by the build after the product is materialized, Linux only):
# exit codes, the heap sized from the machine, running out of memory ending with a sentence and exit code 71, and what
# answers without a display.
#   product-tests.sh PRODUCT_DIR EXAMPLE.wedge WORK_DIR
set -u
PRODUCT="$1"
EXAMPLE="$2"
WORK="$3"
[ "$(uname -s)" = Linux ] || { echo "product tests: Linux only, skipped on $(uname -s)"; exit 0; }
rm -rf "$WORK" && mkdir -p "$WORK/home"
failures=0
fail() { echo "product test FAILED: $*" >&2; failures=$((failures + 1)); }
export HOME="$WORK/home"
unset WEDGE_VMARGS

# 1. a command works, and the heap is sized from the machine's memory (half of it), not a fixed 1 GB
"$PRODUCT/wedge" info "$EXAMPLE" > "$WORK/info.out" 2> "$WORK/info.err"
rc=$?
[ $rc -eq 0 ] || fail "wedge info exited $rc: $(cat "$WORK/info.err")"
grep -q "Halden Mutual" "$WORK/info.out" || fail "wedge info printed: $(cat "$WORK/info.out")"
grep -q 'MaxRAMPercentage=50' "$PRODUCT/wedge" || fail "the start script does not size the heap from the machine"
# the start page's "Open the example" copies the example shipped with the product: it must be there, unchanged
cmp -s "$PRODUCT/examples/halden-mutual.wedge" "$EXAMPLE" || fail "the product has no examples/halden-mutual.wedge (the start page's 'Open the example' is disabled without it)"

# 1b. without a display: --help, -h and --version answer; the workbench says in one sentence that it needs one; a model
#     file that is not there is said as such (exit 3); a typo gets the command meant
nodisplay() { env -u DISPLAY -u WAYLAND_DISPLAY "$PRODUCT/wedge" "$@" > "$WORK/nd.out" 2> "$WORK/nd.err"; }
for opt in --help -h; do
  nodisplay $opt; rc=$?
  [ $rc -eq 0 ] && grep -q "^usage: wedge" "$WORK/nd.out" && grep -q "71 out of memory" "$WORK/nd.out" \
    || fail "wedge $opt without a display exited $rc: $(cat "$WORK/nd.out" "$WORK/nd.err")"
done
nodisplay --version; rc=$?
[ $rc -eq 0 ] && grep -q "^Wedge 1\." "$WORK/nd.out" || fail "wedge --version without a display exited $rc: $(cat "$WORK/nd.err")"
nodisplay; rc=$?
[ $rc -eq 2 ] && [ "$(wc -l < "$WORK/nd.err")" -eq 1 ] && grep -q "the workbench needs a display.*wedge help" "$WORK/nd.err" \
  || fail "plain wedge without a display exited $rc: $(cat "$WORK/nd.out" "$WORK/nd.err")"
nodisplay "$WORK/nosuchfile.wedge"; rc=$?
[ $rc -eq 3 ] && grep -q "^Cannot open nosuchfile.wedge: the file does not exist" "$WORK/nd.err" \
  || fail "a missing model exited $rc: $(cat "$WORK/nd.err")"
nodisplay analyse "$EXAMPLE"; rc=$?
[ $rc -eq 2 ] && grep -q "did you mean analyze?" "$WORK/nd.err" || fail "analyse exited $rc: $(cat "$WORK/nd.err")"
nodisplay help report; rc=$?
[ $rc -eq 0 ] && grep -q -- "--paper a4|letter" "$WORK/nd.out" || fail "wedge help report: $(cat "$WORK/nd.out" "$WORK/nd.err")"

# 2. a model that does not fit in the memory given (16 MB, 400,000 objects in 64 MB): the sentence last on stderr,
#    exit 71, the details logged (the JVM's own lines go to stdout)
awk 'BEGIN {
  print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  print "<wedge:StrategyModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:wedge=\"http://wedge.dev/model/1\" id=\"big\" name=\"HR &amp; Payroll\" formatVersion=\"1\">"
  print "  <metrics id=\"m\" name=\"Churn\">"
  for (i = 0; i < 400000; i++) printf "<measurements id=\"x%d\" value=\"%d\"/>\n", i, i % 97
  print "  </metrics>"
  print "</wedge:StrategyModel>"
}' > "$WORK/big.wedge"
mkdir -p "$WORK/tmp"   # the out-of-memory mark goes to TMPDIR: this run's own, not one other runs share
TMPDIR="$WORK/tmp" WEDGE_VMARGS=-Xmx64m "$PRODUCT/wedge" analyze "$WORK/big.wedge" --fail-on error \
  > "$WORK/oom.out" 2> "$WORK/oom.err"
rc=$?
[ $rc -eq 71 ] || fail "out of memory exited $rc (expected 71): $(cat "$WORK/oom.err")"
# the sentence ends stderr, once; another thread may have said something before the JVM stopped (a check that was
# stopped for memory, say), but never a stack trace
sentence="^wedge analyze: Wedge ran out of memory and stopped before the command finished; start it with more"
tail -n 1 "$WORK/oom.err" | grep -q "$sentence" || fail "out of memory said: $(cat "$WORK/oom.err")"
[ "$(grep -c "$sentence" "$WORK/oom.err")" -eq 1 ] || fail "the sentence came more than once: $(cat "$WORK/oom.err")"
grep -qE '^[[:space:]]+at |Exception in thread|^Caused by' "$WORK/oom.err" && fail "a stack trace: $(cat "$WORK/oom.err")"
log=$(tail -n 1 "$WORK/oom.err" | sed -n 's/.*(details in \(.*\))\.$/\1/p')
[ -f "$log" ] && grep -q "ran out of memory" "$log" || fail "no log at '$log'"
ls "$WORK"/tmp/wedge-out-of-memory-* >/dev/null 2>&1 && fail "the out-of-memory mark was left behind"

# 3. with more memory the same model opens (the refusal was about memory, not the file)
WEDGE_VMARGS=-Xmx512m "$PRODUCT/wedge" info "$WORK/big.wedge" > "$WORK/big.out" 2>&1
rc=$?
[ $rc -eq 0 ] || fail "the large model with 512 MB exited $rc: $(cat "$WORK/big.out")"

# 4. documented exit codes
"$PRODUCT/wedge" info "$WORK/missing.wedge" 2> /dev/null
[ $? -eq 3 ] || fail "a missing file does not exit 3"
"$PRODUCT/wedge" help | grep -q "71 out of memory" || fail "help does not list exit code 71"

# 5. the command line starts only what a command needs: every command works, and neither SPI Fly (ServiceLoader in
#    OSGi, for the workbench's tables) nor eclipse-collections is started or even loaded (-Xlog:class+load lists
#    every class the JVM loads)
cp "$EXAMPLE" "$WORK/cli.wedge"
cli() { # NAME ARGS...: runs wedge ARGS with the class-load log in $WORK/NAME.classes
  name=$1; shift
  WEDGE_VMARGS="-Xlog:class+load=info:file=$WORK/$name.classes" "$PRODUCT/wedge" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err"
  rc=$?
  [ $rc -eq 0 ] || fail "wedge $* exited $rc: $(cat "$WORK/$name.err")"
  [ -s "$WORK/$name.classes" ] || fail "wedge $*: no class-load log"
  started=$(grep -E ' (org\.apache\.aries\.spifly|org\.eclipse\.collections)\.' "$WORK/$name.classes" | head -n 3)
  [ -z "$started" ] || fail "wedge $* loaded SPI Fly or eclipse-collections: $started"
}
cli info info "$WORK/cli.wedge"
cli analyze analyze "$WORK/cli.wedge"
cli evidence evidence "$WORK/cli.wedge"
cli pdf report "$WORK/cli.wedge" --format pdf --today 2026-11-20 --out "$WORK/cli-brief.pdf"
cli html report "$WORK/cli.wedge" --format html --today 2026-11-20 --out "$WORK/cli-brief.html"
cli version --version
cli plugins plugins list
cli format format "$WORK/cli.wedge" -o "$WORK/cli-formatted.wedge"
head -c 5 "$WORK/cli-brief.pdf" | grep -q '%PDF-' || fail "wedge report wrote no PDF"
grep -q 'Halden Mutual' "$WORK/cli-brief.html" || fail "wedge report wrote no HTML brief"
grep -q 'Halden Mutual' "$WORK/cli-formatted.wedge" || fail "wedge format wrote no model"

if [ $failures -gt 0 ]; then
  echo "product tests: $failures failed" >&2
  exit 1
fi
echo "product tests: all passed"
