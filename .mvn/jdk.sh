# Sourced by ./mvnw and ./pcchat: exports JAVA_HOME pointing at a JDK whose major version is at
# least $1 (default 21). Order: $JAVA_HOME, the java on PATH, then the usual install folders.
# Prints nothing on success; on failure explains what to install and returns 1.

# The major version of the JDK in $1. Its release file says it without starting a JVM (each start
# costs 30 to 100 ms, and there may be several JDKs to look at); a JDK without one is asked.
pcchat_java_major() {
  local version
  version=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -n "$version" ]; then
    version=${version#1.} # 1.8.0 is 8
    echo "${version%%.*}"
    return
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

pcchat_select_jdk() {
  local min="${1:-21}" candidate major best="" best_major=0
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
                   "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(pcchat_java_major "$candidate")
    [ -n "$major" ] && [ "$major" -ge "$min" ] || continue
    # The user's own JAVA_HOME (first) wins when it is good enough; otherwise take the newest.
    if [ -z "$best" ] && [ "$candidate" = "${JAVA_HOME:-}" ]; then best=$candidate; best_major=$major; break; fi
    if [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "error: no JDK $min or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
