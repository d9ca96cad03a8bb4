#!/bin/sh
# Plain Git with Wedge's merge and diff drivers, on a repository in a temporary folder (run by the build after the
# product is materialized, Linux only): a clean merge of two branches that changed different fields of one model, and a
# conflicting merge that leaves a valid model (the conflict beside it and in its findings, never conflict markers).
#   git-tests.sh PRODUCT_DIR EXAMPLE.wedge WORK_DIR
set -u
PRODUCT="$1"
EXAMPLE="$2"
WORK="$3"
[ "$(uname -s)" = Linux ] || { echo "git tests: Linux only, skipped on $(uname -s)"; exit 0; }
command -v git >/dev/null 2>&1 || { echo "git tests: git is not installed (apt-get install git)" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/home" "$WORK/repo"
failures=0
fail() { echo "git test FAILED: $*" >&2; failures=$((failures + 1)); }
export HOME="$WORK/home" GIT_CONFIG_NOSYSTEM=1
unset WEDGE_VMARGS
W="$PRODUCT/wedge"
cd "$WORK/repo" || exit 1
git init -q -b main . && git config user.name "Facilitator" && git config user.email "facilitator@example.org"
# the set-up the README gives
printf '*.wedge merge=wedge diff=wedge\n' > .gitattributes
git config merge.wedge.name "Wedge model merge"
git config merge.wedge.driver "$W merge %O %A %B -o %A --name %P"
git config diff.wedge.textconv "$W diff"
cp "$EXAMPLE" model.wedge
# the compliance pilot gets the criterion it needs to start (a pilot starts with at least one agreed criterion)
sed -i 's#participants="300" status="DRAFT"/>#participants="300" status="DRAFT"><criteria id="cr-inc-1" description="Incidents down to at most 4 per 100 staff" metric="m-inc" comparator="AT_MOST" threshold="4" agreedBy="s-cro-risk" agreedOn="2026-11-20"/></pilots>#' model.wedge
grep -q 'id="cr-inc-1"' model.wedge || fail "the compliance pilot's criterion was not added"
"$W" format model.wedge > /dev/null 2>&1 && rm -f model.wedge.bak
git add .gitattributes model.wedge && git commit -q -m "The model"

# 1. two branches change different fields of one pilot: the merge is clean and has both
git checkout -q -b lead
sed -i 's/participants="40"/participants="44"/' model.wedge
git commit -q -am "Four more brokers"
git checkout -q main
sed -i 's/name="Role-play coach for broker sales"/name="Sales coach"/' model.wedge
git commit -q -am "Shorter name"
git merge -q --no-edit lead > merge1.out 2>&1 || fail "a merge of different fields was not clean: $(cat merge1.out)"
grep -q 'name="Sales coach"' model.wedge || fail "our name is lost"
grep -q 'participants="44"' model.wedge || fail "their participants are lost"
"$W" info model.wedge > /dev/null 2>&1 || fail "the merged model does not open"
[ -e model.wedge.conflicts.json ] && fail "a clean merge left a conflicts file"
# git diff shows fields, one to a line (textconv)
git diff HEAD~1 HEAD -- model.wedge > diff.out 2> diff.err
grep -q '^+    participants: 44$' diff.out && grep -q '^-    participants: 40$' diff.out \
  || fail "git diff does not show fields: $(head -20 diff.out)"

# 2. both change the same name: a conflict, a valid model, no markers
git checkout -q -b consultant
sed -i 's/name="Sales coach"/name="Objection coach"/' model.wedge
git commit -q -am "Named after the objection stage"
git checkout -q main
sed -i 's/name="Sales coach"/name="Broker coach"/' model.wedge
git commit -q -am "Named after the brokers"
git merge --no-edit consultant > merge2.out 2>&1 && fail "a conflicting merge reported success"
grep -q '<<<<<<<\|>>>>>>>' model.wedge && fail "conflict markers in the model"
git status --porcelain | grep -q '^UU model.wedge' || fail "git does not mark the model as conflicted: $(git status --porcelain)"
"$W" info model.wedge > info.out 2>&1 || fail "the model with a conflict does not open: $(cat info.out)"
grep -q 'name="Broker coach"' model.wedge || fail "the model does not hold ours until resolved"
grep -q '"objectId" : "p-roleplay"' model.wedge.conflicts.json || fail "no conflicts file: $(cat merge2.out)"
"$W" analyze model.wedge --today 2026-12-02 > analyze.out 2>&1
grep -q "Merge conflict: Pilot 'Sales coach': name .* yours Broker coach, theirs Objection coach, before Sales coach" \
  analyze.out || fail "the conflict is not among the findings: $(grep -i merge analyze.out)"
# resolved by hand (theirs), committed: Git is not left MERGING
sed -i 's/name="Broker coach"/name="Objection coach"/' model.wedge
"$W" resolved model.wedge --all > resolved.out 2>&1 || fail "resolved: $(cat resolved.out)"
[ -e model.wedge.conflicts.json ] && fail "the conflicts file outlived the conflicts"
rm -f model.wedge.bak
git add model.wedge && git commit -q --no-edit || fail "cannot commit the resolution"
[ -f .git/MERGE_HEAD ] && fail "the repository is still merging"

# 3. starting a pilot commits and tags it; verify proves its criteria against the tag
"$W" start-pilot model.wedge p-compliance --today 2026-12-02 > start.out 2>&1 || fail "start-pilot: $(cat start.out)"
git tag -l 'pilot/p-compliance/start' | grep -q . || fail "no start tag: $(git tag -l)"
[ -n "$(git status --porcelain -- model.wedge)" ] && fail "the started model is not committed: $(git status --porcelain)"
"$W" verify model.wedge > verify.out 2>&1 || fail "verify failed: $(cat verify.out)"
grep -q "Pilot 'Monthly compliance refreshers': criteria fixed in commit [0-9a-f]\{7\} on .*, unchanged since." \
  verify.out || fail "verify said: $(cat verify.out)"

[ $failures -eq 0 ] && echo "git tests: clean merge, conflicting merge, textconv, start tag and verify: passed"
exit $failures
