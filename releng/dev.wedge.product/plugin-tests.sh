#!/bin/sh
# Plug-in delivery, tested on copies of the materialized product, headless, offline. A consultancy's plug-in (the
# template in examples/plugin-template) is built out of tree against Wedge's zipped repository with the target-file
# recipe, and its repository signed with a PGP key made here (never kept); then:
#   Wedge's own repository is signed, by a key this installation does not trust: consent is needed; the plug-in's
#   signature names the consultancy's key and is refused until that key is trusted (wedge plugins trust add), then
#   it installs without a question and its finding shows in wedge analyze; its version 1.0.1 replaces it with
#   wedge plugins update; uninstalled, the finding is gone and the
#   model's plug-in data is kept and noted; an unsigned copy needs consent; a jar changed after signing (its
#   checksums made to match) is refused by its signature, and one that does not match its checksums by those, even
#   with consent; a jar copied into dropins/ is loaded.
# Usage: plugin-tests.sh PRODUCT_DIR REPOSITORY_ZIP EXAMPLE_MODEL TEMPLATE_DIR SIGNING_DIR MVN LOCAL_REPO WORK_DIR
set -u
abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
PRODUCT=$(abs "$1"); REPO=$(abs "$2"); EXAMPLE=$(abs "$3"); TEMPLATE=$(abs "$4"); SIGNING=$(abs "$5"); MVN="$6"
LOCAL_REPO="$7"; WORK="$8"
mkdir -p "$WORK" && WORK=$(abs "$WORK")
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JARTOOL="${JAVA_HOME:+$JAVA_HOME/bin/}jar"   # zips with the JDK's jar tool: nothing else to install
[ "$(uname -s)" = Linux ] || { echo "plug-in tests: Linux only, skipped on $(uname -s)"; exit 0; }
rm -rf "$WORK" && mkdir -p "$WORK/home"
failures=0
fail() { echo "plug-in test FAILED: $*" >&2; failures=$((failures + 1)); }
# the installation's profile states: a change that was refused leaves no new one (cheaper than a wedge plugins
# list); the first start of a copy records one or two of its own
states() { ls "$1"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile/ | grep -c '\.profile'; }
export WEDGE_VMARGS="-Duser.home=$WORK/home"
BC="$SIGNING/lib/bcprov-jdk18on.jar:$SIGNING/lib/bcpg-jdk18on.jar:$SIGNING/lib/bcutil-jdk18on.jar"
KEYGEN="$(dirname "$0")/../signing/SigningKey.java"
FEATURE=com.acme.wedge.checkins.feature
FINDING=com.acme.wedge.checkins.sponsor-not-seen
NS=http://acme.example/wedge/checkins/1

# 0. the consultancy: a key of its own, the template built out of tree against the zipped Wedge repository, signed
"$JAVA" -cp "$BC" "$KEYGEN" "Acme Advisory (test) <plugins@acme.example>" acme-test "$WORK/acme-key" \
  || fail "the consultancy's key could not be made"
"$JAVA" -cp "$BC" "$KEYGEN" "Somebody else (test) <x@elsewhere.example>" other-test "$WORK/other-key" \
  || fail "a second key could not be made"
ACME=$(cat "$WORK/acme-key/fingerprint"); WEDGE_KEY=$(cat "$SIGNING/key/fingerprint" 2>/dev/null || echo "?")
cp -r "$TEMPLATE" "$WORK/template" && rm -rf "$WORK"/template/*/target "$WORK"/template/*/*/target
if ! MAVEN_GPG_PASSPHRASE=acme-test "$MVN" -B -q -Dmaven.repo.local="$LOCAL_REPO" -f "$WORK/template/pom.xml" verify \
    "-Dwedge.repository=jar:file:$REPO!/" "-Dtycho.pgp.signer.bc.secretKeys=$WORK/acme-key/secret.asc" \
    > "$WORK/template-build.log" 2>&1; then
  fail "the template does not build out of tree against the repository: $(tail -30 "$WORK/template-build.log")"
  echo "plug-in tests: $failures failed" >&2
  exit 1
fi
"$JARTOOL" tf "$REPO" | grep -q "^plugins/dev.wedge.analysis.source_" \
  || fail "the SDK repository has no source bundles"
PLUGIN_REPO=$(ls "$WORK"/template/repository/target/com.acme.wedge.checkins.repository-*.zip)
PLUGIN_JAR=$(ls "$WORK"/template/bundles/com.acme.wedge.checkins/target/com.acme.wedge.checkins-*.jar)
mkdir -p "$WORK/signed" && (cd "$WORK/signed" && "$JARTOOL" xf "$PLUGIN_REPO")
(cd "$WORK/signed" && "$JARTOOL" xf artifacts.jar && grep -q "pgp.signatures" artifacts.xml) \
  || fail "the template's repository is not signed"

# the model: Wedge's example with one of Acme's check-ins (the sponsor of two active pilots, seen in September)
sed -e "s#xmlns:rd=#xmlns:acme=\"$NS\" xmlns:rd=#" \
  -e 's#^\(  <extensions xsi:type="rd:Interview" id="rd-3".*\)$#\1\n  <extensions xsi:type="acme:CheckIn" id="ci-1" stakeholder="s-cro" date="2026-09-01" confidence="3" note="Wants the win rate before the board"/>#' \
  "$EXAMPLE" > "$WORK/model.wedge"
grep -q 'acme:CheckIn' "$WORK/model.wedge" || fail "the test model has no check-in"
before=$(cksum < "$WORK/model.wedge")
cp -r "$PRODUCT" "$WORK/wedge"
W="$WORK/wedge/wedge"

# 1. not installed: the model's plug-in data is noted, not read
"$W" analyze "$WORK/model.wedge" --format json --today 2026-11-29 > "$WORK/a0.json" 2> "$WORK/a0.err"
grep -q "$NS" "$WORK/a0.err" || fail "no note about the missing plug-in: $(cat "$WORK/a0.err")"
grep -q "$FINDING" "$WORK/a0.json" && fail "a finding of a plug-in that is not installed"

# 2. Wedge's own repository is signed, by a key this installation does not trust: refused without consent
s0=$(states "$WORK/wedge")
"$W" plugins install "$REPO" dev.wedge.examples.feature > "$WORK/i0.out" 2> "$WORK/i0.err"
rc=$?
[ $rc -eq 1 ] || fail "content signed by an untrusted key installed without consent (exit $rc): $(cat "$WORK/i0.err")"
grep -q "signed by a key this installation does not trust: $WEDGE_KEY" "$WORK/i0.err" \
  || fail "the refusal does not name Wedge's build key $WEDGE_KEY: $(cat "$WORK/i0.err")"
grep -q " unsigned: " "$WORK/i0.err" && fail "Wedge's repository has unsigned content: $(cat "$WORK/i0.err")"
[ "$(states "$WORK/wedge")" = "$s0" ] || fail "refused content was installed"

# 3. the consultancy's plug-in, signed by a key not trusted yet: refused, naming the key
"$W" plugins install "$PLUGIN_REPO" "$FEATURE" > "$WORK/i1.out" 2> "$WORK/i1.err"
rc=$?
[ $rc -eq 1 ] || fail "an unknown signer was accepted without consent (exit $rc)"
grep -q "$ACME Acme Advisory (test) <plugins@acme.example>" "$WORK/i1.err" \
  || fail "the refusal does not name the signer's key: $(cat "$WORK/i1.err")"
[ "$(states "$WORK/wedge")" = "$s0" ] || fail "refused content was installed"

# 4. trusted: installs without a question, its finding shows
"$W" plugins trust add "$WORK/other-key/public.asc" > /dev/null 2>&1 || fail "trust add failed"
"$W" plugins install "$PLUGIN_REPO" "$FEATURE" > /dev/null 2> "$WORK/i2.err"
[ $? -eq 1 ] || fail "trusting another key let the plug-in in"
"$W" plugins trust add "$WORK/acme-key/public.asc" > "$WORK/t.out" 2> "$WORK/t.err" \
  || fail "wedge plugins trust add failed: $(cat "$WORK/t.err")"
"$W" plugins trust list | grep -q "$ACME" || fail "wedge plugins trust list does not show the key"
"$W" plugins install "$PLUGIN_REPO" "$FEATURE" > "$WORK/i3.out" 2> "$WORK/i3.err" \
  || fail "install signed by a trusted key failed: $(cat "$WORK/i3.err")"
[ -s "$WORK/i3.err" ] && fail "installing trusted content asked or warned: $(cat "$WORK/i3.err")"
"$W" plugins list | grep -q "$FEATURE" || fail "wedge plugins list does not show it"
"$W" --version | grep -q "Acme sponsor check-ins 1.0.0" || fail "wedge --version does not name it: $("$W" --version)"
"$W" analyze "$WORK/model.wedge" --format json --today 2026-11-29 > "$WORK/a1.json" 2> "$WORK/a1.err"
grep -q "$FINDING" "$WORK/a1.json" || fail "the plug-in's finding is missing after install: $(cat "$WORK/a1.err")"
grep -q "was last seen 89 days ago" "$WORK/a1.json" || fail "the finding does not read the check-in"
grep -q "$NS" "$WORK/a1.err" && fail "still noted as missing after install"

# 4b. update: version 1.0.1 of the plug-in, built and signed like 1.0.0, replaces it offline without a question
cp -r "$TEMPLATE" "$WORK/template-101" && rm -rf "$WORK"/template-101/*/target "$WORK"/template-101/*/*/target
sed -i 's/^Bundle-Version: 1.0.0.qualifier/Bundle-Version: 1.0.1.qualifier/' \
  "$WORK/template-101/bundles/com.acme.wedge.checkins/META-INF/MANIFEST.MF"
sed -i 's/version="1.0.0.qualifier"/version="1.0.1.qualifier"/' \
  "$WORK/template-101/features/com.acme.wedge.checkins.feature/feature.xml"
if MAVEN_GPG_PASSPHRASE=acme-test "$MVN" -B -q -o -Dmaven.repo.local="$LOCAL_REPO" -f "$WORK/template-101/pom.xml" \
    verify "-Dwedge.repository=jar:file:$REPO!/" "-Dtycho.pgp.signer.bc.secretKeys=$WORK/acme-key/secret.asc" \
    > "$WORK/template-101-build.log" 2>&1; then
  PLUGIN_REPO_101=$(ls "$WORK"/template-101/repository/target/com.acme.wedge.checkins.repository-*.zip)
  "$W" plugins update "$PLUGIN_REPO_101" > "$WORK/up.out" 2> "$WORK/up.err" \
    || fail "wedge plugins update failed: $(cat "$WORK/up.err")"
  [ -s "$WORK/up.err" ] && fail "updating from a trusted publisher asked or warned: $(cat "$WORK/up.err")"
  grep -q "Updated $FEATURE.feature.group 1.0.0.* to 1.0.1" "$WORK/up.out" \
    || fail "the update does not say what it replaced: $(cat "$WORK/up.out")"
  "$W" plugins list > "$WORK/l2.out" 2>&1
  grep -q "$FEATURE.feature.group 1.0.1" "$WORK/l2.out" || fail "1.0.1 is not installed: $(cat "$WORK/l2.out")"
  grep -q "$FEATURE.feature.group 1.0.0" "$WORK/l2.out" && fail "1.0.0 is still installed beside 1.0.1"
  "$W" analyze "$WORK/model.wedge" --format json --today 2026-11-29 > "$WORK/a1b.json" 2> "$WORK/a1b.err"
  grep -q "$FINDING" "$WORK/a1b.json" || fail "the finding is missing after the update: $(cat "$WORK/a1b.err")"
  grep -q 'with Acme sponsor check-ins 1.0.1' "$WORK/a1b.json" || fail "the JSON does not name the updated plug-in's version"
  "$W" plugins update "$PLUGIN_REPO_101" > "$WORK/up2.out" 2> "$WORK/up2.err"
  grep -q "up to date" "$WORK/up2.out" || fail "a second update does not say it is up to date: $(cat "$WORK/up2.out")"
else
  fail "version 1.0.1 of the template does not build: $(tail -30 "$WORK/template-101-build.log")"
fi

# 5. uninstall: finding gone, the model's data kept and noted
"$W" plugins uninstall "$FEATURE" > "$WORK/u.out" 2> "$WORK/u.err" || fail "uninstall failed: $(cat "$WORK/u.err")"
"$W" analyze "$WORK/model.wedge" --format json --today 2026-11-29 > "$WORK/a2.json" 2> "$WORK/a2.err"
grep -q "$FINDING" "$WORK/a2.json" && fail "the finding is still there after uninstall"
grep -q "\"namespace\" : \"$NS\"" "$WORK/a2.json" \
  || fail "the JSON does not note the plug-in data: $(head -c 600 "$WORK/a2.json")"
[ "$(cksum < "$WORK/model.wedge")" = "$before" ] || fail "the model file changed"
"$W" plugins trust remove "$ACME" > /dev/null 2>&1 || fail "trust remove failed"
"$W" plugins trust list | grep -q "$ACME" && fail "a removed key is still trusted"

# 6. an unsigned copy needs consent
cp -r "$PRODUCT" "$WORK/wedge2"
W2="$WORK/wedge2/wedge"
mkdir -p "$WORK/unsigned" && (cd "$WORK/unsigned" && "$JARTOOL" xf "$PLUGIN_REPO" && "$JARTOOL" xf artifacts.jar \
  && sed -i "/name='pgp\./d" artifacts.xml && rm -f artifacts.jar artifacts.xml.xz p2.index)
"$W2" plugins install "$WORK/unsigned" "$FEATURE" > "$WORK/i4.out" 2> "$WORK/i4.err"
[ $? -eq 1 ] || fail "unsigned content was installed without consent"
grep -q " unsigned: com.acme.wedge.checkins " "$WORK/i4.err" || fail "the refusal does not say it is unsigned: $(cat "$WORK/i4.err")"
s2=$(states "$WORK/wedge2")   # after the copy's first start, which records the installation as it found it

# 7. a jar changed after signing, its checksums made to match: refused by its signature, even with consent
mkdir -p "$WORK/resigned" && (cd "$WORK/resigned" && "$JARTOOL" xf "$PLUGIN_REPO" && "$JARTOOL" xf artifacts.jar \
  && rm -f artifacts.jar artifacts.xml.xz p2.index)
T=$(ls "$WORK"/resigned/plugins/com.acme.wedge.checkins_*.jar)
mkdir -p "$WORK/t" && (cd "$WORK/t" && "$JARTOOL" xf "$T" && echo "<!-- changed -->" >> plugin.xml && rm "$T" \
  && "$JARTOOL" cfM "$T" -C "$WORK/t" .)
ID=$(basename "$T" .jar | sed 's/^com.acme.wedge.checkins_//')
awk -v id="$ID" -v size="$(wc -c < "$T" | tr -d ' ')" -v s256="$(sha256sum "$T" | cut -d' ' -f1)" \
    -v s512="$(sha512sum "$T" | cut -d' ' -f1)" '
  /<artifact / { mine = index($0, "id=\x27com.acme.wedge.checkins\x27") && index($0, "version=\x27" id "\x27") }
  mine && /name=\x27(artifact|download)\.size\x27/ { sub(/value=\x27[0-9]*\x27/, "value=\x27" size "\x27") }
  mine && /name=\x27download.checksum.sha-256\x27/ { sub(/value=\x27[0-9a-f]*\x27/, "value=\x27" s256 "\x27") }
  mine && /name=\x27download.checksum.sha-512\x27/ { sub(/value=\x27[0-9a-f]*\x27/, "value=\x27" s512 "\x27") }
  mine && /name=\x27download.md5\x27/ { next }
  { print }' "$WORK/resigned/artifacts.xml" > "$WORK/resigned/a.xml" && mv "$WORK/resigned/a.xml" "$WORK/resigned/artifacts.xml"
"$W2" plugins install "$WORK/resigned" "$FEATURE" --trust-unsigned > "$WORK/i5.out" 2> "$WORK/i5.err"
rc=$?
[ $rc -eq 1 ] || fail "a jar that does not match its signature was not refused (exit $rc)"
grep -qi "signature" "$WORK/i5.err" || fail "the refusal does not name the signature: $(cat "$WORK/i5.err")"
grep -q "hash is not as expected" "$WORK/i5.err" && fail "the checksums were not made to match: the signature was not tested"
[ "$(states "$WORK/wedge2")" = "$s2" ] || fail "the plug-in with a bad signature was installed"

# 8. a jar that does not match its checksums is refused, even with consent
mkdir -p "$WORK/tampered" && (cd "$WORK/tampered" && "$JARTOOL" xf "$PLUGIN_REPO")
cp "$T" "$WORK/tampered/plugins/"
"$JARTOOL" cfM "$WORK/tampered.zip" -C "$WORK/tampered" .
"$W2" plugins install "$WORK/tampered.zip" "$FEATURE" --trust-unsigned > "$WORK/i6.out" 2> "$WORK/i6.err"
rc=$?
[ $rc -eq 1 ] || fail "the tampered copy was not refused (exit $rc)"
grep -q "hash is not as expected" "$WORK/i6.err" || fail "the refusal does not say the jar changed: $(cat "$WORK/i6.err")"
[ "$(states "$WORK/wedge2")" = "$s2" ] || fail "the tampered plug-in was installed"

# 9. dropins/: the copy-a-file route
mkdir -p "$WORK/wedge2/dropins" && cp "$PLUGIN_JAR" "$WORK/wedge2/dropins/"
"$W2" analyze "$WORK/model.wedge" --format json --today 2026-11-29 > "$WORK/a3.json" 2> "$WORK/a3.err"
grep -q "$FINDING" "$WORK/a3.json" || fail "a jar in dropins/ is not loaded: $(cat "$WORK/a3.err")"

# 10. the workbench: Help › Install New Software from the zipped repository, Restart Now, and after the restart the
#     Findings view shows the plug-in's finding and the Model tree's New Child › New Check-in creates its object. A test-only driver (install-test/, compiled here against this
#     product's jars, never shipped) is dropped into a copy's dropins/ and does what a client would; the
#     consultancy's key is trusted first (the trust dialog itself is TrustDialogTest's)
if [ -z "${DISPLAY:-}" ]; then
  fail "the workbench install test needs a display: run the tests with ./run-tests (it starts Xvfb)"
else
  cp -r "$PRODUCT" "$WORK/wedge3"
  W3="$WORK/wedge3/wedge"
  JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
  DRIVER="$(cd "$(dirname "$0")" && pwd)/install-test"
  mkdir -p "$WORK/driver/classes"
  if "$JAVAC" --release 21 -nowarn -d "$WORK/driver/classes" \
      -cp "$(ls "$WORK"/wedge3/plugins/*.jar | tr '\n' :)" "$DRIVER"/src/dev/wedge/installtest/*.java \
      > "$WORK/driver/javac.log" 2>&1; then
    cp "$DRIVER/plugin.xml" "$WORK/driver/classes/"
    mkdir -p "$WORK/wedge3/dropins"
    "$JARTOOL" cfm "$WORK/wedge3/dropins/dev.wedge.installtest_1.0.0.jar" "$DRIVER/META-INF/MANIFEST.MF" \
      -C "$WORK/driver/classes" .
    "$W3" plugins trust add "$WORK/acme-key/public.asc" > /dev/null 2>&1 || fail "trust add (workbench copy) failed"
    mkdir -p "$WORK/wb"
    WEDGE_VMARGS="-Duser.home=$WORK/home -Dwedge.installtest.dir=$WORK/wb -Dwedge.installtest.repo=jar:file:$PLUGIN_REPO!/" \
      timeout 420 "$W3" "$WORK/model.wedge" > "$WORK/wb.out" 2>&1
    rc=$?
    if [ -f "$WORK/wb/passed" ]; then
      [ $rc -eq 0 ] || fail "the workbench exited $rc after the install test passed: $(tail -20 "$WORK/wb.out")"
      [ -f "$WORK/wb/installing" ] || fail "the workbench test passed without installing"
      # before the install the analyses had run (Wedge's own findings listed) and the plug-in's finding was absent
      grep -q "dev.wedge.governance.no-review-step" "$WORK/wb/installing" \
        || fail "the findings before the install were not read: $(cat "$WORK/wb/installing")"
      grep -q "$FINDING" "$WORK/wb/installing" && fail "the plug-in's finding was there before the install"
      grep -q "$FINDING" "$WORK/wb/passed" || fail "the Findings view after the restart: $(cat "$WORK/wb/passed")"
      # and its objects are created like Wedge's: New Child › New Check-in (its own name), selected when created
      grep -q "^New Child: .*New Business Goal.*New Check-in" "$WORK/wb/passed" \
        || fail "New Child in the Model tree: $(grep "^New Child" "$WORK/wb/passed")"
      grep -q "^created and selected: Check-in with (no one yet)" "$WORK/wb/passed" || fail "the new check-in"
      grep -q "^undone: " "$WORK/wb/passed" || fail "Undo did not take the new check-in back"
      "$W3" plugins list | grep -q "$FEATURE" || fail "the plug-in installed from the dialog is not listed"
    else
      fail "Install New Software in the workbench (exit $rc): $(cat "$WORK"/wb/failed "$WORK"/wb/installing 2>/dev/null || tail -20 "$WORK/wb.out")"
    fi
  else
    fail "the workbench install test driver does not compile: $(cat "$WORK/driver/javac.log")"
  fi
fi

if [ $failures -gt 0 ]; then
  echo "plug-in tests: $failures failed" >&2
  exit 1
fi
echo "plug-in tests: all passed"
