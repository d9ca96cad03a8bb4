# Sourced by ./wedge, ./run-tests and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer
# (JAVA_HOME if it is one, else java on PATH, else the newest under /usr/lib/jvm or macOS's JavaVirtualMachines).
wedge_java_version() { # the major version of a java binary, from its JDK's release file (no JVM started)
  wedge_r="$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")/../release"
  if [ -f "$wedge_r" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$wedge_r"
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
  fi
}
wedge_java_ok() {
  [ -x "$1" ] || return 1
  wedge_v=$(wedge_java_version "$1")
  [ -n "$wedge_v" ] && [ "$wedge_v" -ge 21 ]
}
if [ -z "${JAVA_HOME:-}" ] || ! wedge_java_ok "$JAVA_HOME/bin/java"; then
  JAVA_HOME=""
  if command -v java >/dev/null 2>&1 && wedge_java_ok "$(command -v java)"; then
    JAVA_HOME="$(cd "$(dirname "$(readlink -f "$(command -v java)")")/.." && pwd)"
  else
    for wedge_j in $(ls -d /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java 2>/dev/null | sort -rV); do
      if wedge_java_ok "$wedge_j"; then JAVA_HOME="$(cd "$(dirname "$wedge_j")/.." && pwd)"; break; fi
    done
  fi
fi
if [ -z "$JAVA_HOME" ]; then
  echo "Java 21 or newer is needed: install one (e.g. Temurin 21) or set JAVA_HOME to it." >&2
  exit 2
fi
export JAVA_HOME
# Maven's own libraries use sun.misc.Unsafe: keep Java 24+ from warning about it on every build
if [ "$(wedge_java_version "$JAVA_HOME/bin/java")" -ge 24 ]; then
  case "${MAVEN_OPTS:-}" in
    *sun-misc-unsafe*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
