#!/bin/sh
# Plug-in delivery, tested on copies of the materialized product, headless, offline:
#   install a plug-in from the zipped p2 repository (refused until unsigned content is accepted), its finding shows
#   in wedge analyze; uninstall it: the finding is gone and the model's plug-in data is kept and noted; a tampered
#   copy of the repository is refused; a jar copied into dropins/ is loaded.
# Usage: plugin-tests.sh PRODUCT_DIR REPOSITORY_ZIP EXAMPLE_MODEL PLUGIN_JAR WORK_DIR
set -u
abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
PRODUCT=$(abs "$1"); REPO=$(abs "$2"); EXAMPLE=$(abs "$3"); JAR=$(abs "$4"); WORK="$5"
mkdir -p "$WORK" && WORK=$(abs "$WORK")
JARTOOL="${JAVA_HOME:+$JAVA_HOME/bin/}jar"   # zips with the JDK's jar tool: nothing else to install
[ "$(uname -s)" = Linux ] || { echo "plug-in tests: Linux only, skipped on $(uname -s)"; exit 0; }
rm -rf "$WORK" && mkdir -p "$WORK/home"
failures=0
fail() { echo "plug-in test FAILED: $*" >&2; failures=$((failures + 1)); }
export WEDGE_VMARGS="-Duser.home=$WORK/home"
FEATURE=dev.wedge.examples.feature
FINDING=com.example.readiness.low-readiness
cp -r "$PRODUCT" "$WORK/wedge"
W="$WORK/wedge/wedge"
cp "$EXAMPLE" "$WORK/model.wedge"
before=$(cksum < "$WORK/model.wedge")

# 1. not installed: the model's plug-in data is noted, not read
"$W" analyze "$WORK/model.wedge" --format json --today 2026-11-29 > "$WORK/a0.json" 2> "$WORK/a0.err"
grep -q "consultancy.example/readiness" "$WORK/a0.err" || fail "no note about the missing plug-in: $(cat "$WORK/a0.err")"
grep -q "$FINDING" "$WORK/a0.json" && fail "a finding of a plug-in that is not installed"

# 2. unsigned content needs consent
"$W" plugins install "$REPO" "$FEATURE" > "$WORK/i0.out" 2> "$WORK/i0.err"
rc=$?
[ $rc -eq 1 ] || fail "installing unsigned content without consent exited $rc: $(cat "$WORK/i0.err")"
grep -q "unsigned" "$WORK/i0.err" || fail "the refusal does not say why: $(cat "$WORK/i0.err")"
"$W" plugins list | grep -q "$FEATURE" && fail "refused content was installed"

# 3. install from the zip, offline
"$W" plugins install "$REPO" "$FEATURE" --trust-unsigned > "$WORK/i1.out" 2> "$WORK/i1.err" \
  || fail "install failed: $(cat "$WORK/i1.err")"
"$W" plugins list | grep -q "$FEATURE" || fail "wedge plugins list does not show it"
"$W" --version | grep -q "Example Consultancy readiness interviews 1.0.0" || fail "wedge --version does not name it"
"$W" analyze "$WORK/model.wedge" --format json --today 2026-11-29 > "$WORK/a1.json" 2> "$WORK/a1.err"
grep -q "$FINDING" "$WORK/a1.json" || fail "the plug-in's finding is missing after install"
grep -q "consultancy.example/readiness" "$WORK/a1.err" && fail "still noted as missing after install"

# 4. uninstall: finding gone, the model's data kept and noted
"$W" plugins uninstall "$FEATURE" > "$WORK/u.out" 2> "$WORK/u.err" || fail "uninstall failed: $(cat "$WORK/u.err")"
"$W" analyze "$WORK/model.wedge" --format json --today 2026-11-29 > "$WORK/a2.json" 2> "$WORK/a2.err"
grep -q "$FINDING" "$WORK/a2.json" && fail "the finding is still there after uninstall"
grep -q '"namespace" : "http://consultancy.example/readiness/1"' "$WORK/a2.json" \
  || fail "the JSON does not note the plug-in data: $(head -c 600 "$WORK/a2.json")"
[ "$(cksum < "$WORK/model.wedge")" = "$before" ] || fail "the model file changed"

# 5. a tampered copy of the repository is refused, even with consent to unsigned content
cp -r "$PRODUCT" "$WORK/wedge2"
W2="$WORK/wedge2/wedge"
mkdir -p "$WORK/tampered" && (cd "$WORK/tampered" && "$JARTOOL" xf "$REPO")
T=$(ls "$WORK"/tampered/plugins/dev.wedge.example.readiness_*.jar)
mkdir -p "$WORK/t" && (cd "$WORK/t" && "$JARTOOL" xf "$T" && echo "<!-- changed -->" >> plugin.xml && rm "$T" \
  && "$JARTOOL" cfM "$T" -C "$WORK/t" .)
"$JARTOOL" cfM "$WORK/tampered.zip" -C "$WORK/tampered" .
"$W2" plugins install "$WORK/tampered.zip" "$FEATURE" --trust-unsigned > "$WORK/i2.out" 2> "$WORK/i2.err"
rc=$?
[ $rc -eq 1 ] || fail "the tampered copy was not refused (exit $rc)"
grep -q "hash is not as expected" "$WORK/i2.err" || fail "the refusal does not say the jar changed: $(cat "$WORK/i2.err")"
"$W2" plugins list | grep -q "$FEATURE" && fail "the tampered plug-in was installed"

# 6. dropins/: the copy-a-file route
mkdir -p "$WORK/wedge2/dropins" && cp "$JAR" "$WORK/wedge2/dropins/"
"$W2" analyze "$WORK/model.wedge" --format json --today 2026-11-29 > "$WORK/a3.json" 2> "$WORK/a3.err"
grep -q "$FINDING" "$WORK/a3.json" || fail "a jar in dropins/ is not loaded: $(cat "$WORK/a3.err")"

if [ $failures -gt 0 ]; then
  echo "plug-in tests: $failures failed" >&2
  exit 1
fi
echo "plug-in tests: all passed"
