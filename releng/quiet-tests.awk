# Filters the build's output for ./run-tests: what a passing run prints is the modules tested with their counts;
# a failing run prints each failing test with its assertion and where it failed, Maven's errors, and the log.
# The whole output is in target/run-tests.log either way (run-tests writes it before this filter). Each module's line
# is printed (and flushed) when the next module's tests start.
function flush_module() {
  if (module != "" && summary != "") {
    printf "  %-44s %s\n", module, summary
    fflush()
    tests += count
  }
  summary = ""
}
# a test runtime starts: its module is the folder its workspace is in
/^Command-line arguments: .* -data / {
  flush_module()
  s = $0; sub(/.* -data /, "", s); sub(/\/target\/work\/data.*/, "", s); n = split(s, part, "/")
  module = part[n]
  next
}
# the module's total (the line after "Results:")
/^Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$/ {
  split($0, f, /[ ,]+/); count = f[3]
  summary = f[3] " tests" (f[5] + f[7] > 0 ? ", " f[5] " failed, " f[7] " in error" : "") (f[9] > 0 ? ", " f[9] " skipped" : "")
  next
}
# a failing test: its name, its assertion (a few lines), the first frames in Wedge's code
!/^Tests run:/ && /<<< (FAILURE|ERROR)!/ { print "FAILED " $0; inf = 1; frames = 0; lines = 0; next }
inf {
  if ($0 ~ /^[[:space:]]+at /) {
    if ($0 ~ /at (dev\.wedge|com\.example)\./ && frames++ < 2) print "     " $0
    next
  }
  if ($0 ~ /^[[:space:]]*$/ || $0 ~ /^(Running |Tests run:|Results:)/ || $0 ~ / -- Time elapsed: /) inf = 0
  else { if (lines++ < 12) print "     " $0; next }
}
# surefire's list of what failed, with the line: "  SomeTest.method:42 expected ..."
/^  [A-Za-z0-9_$]+\.[A-Za-z0-9_$]+:[0-9]+ / { print "  " $0; next }
# SWT's own POM on Maven Central names its native fragment as org.eclipse.swt.${osgi.platform}, a property only
# Tycho fills in: Maven's model check reports it as an [ERROR] once per module that reads the POM, and the build goes
# on unharmed (the fragment comes from the target platform). Kept in the log, not printed.
/^\[ERROR\] 'dependencies\.dependency\.artifactId' for org\.eclipse\.platform:org\.eclipse\.swt\.\$\{osgi\.platform\}/ { next }
# Maven's own errors (a failed module, a compilation error) and the shell tests' verdicts
/^\[ERROR\]/ { if (errors++ < 40) print; failed = 1; next }
/^(product tests|plug-in tests): / { flush_module(); module = ""; print "  " $0; next }
/FAILED: / { print "  " $0; next }
END {
  flush_module()
  if (tests > 0) printf "  %d tests in all\n", tests
}
