# Sourced by mvnw and renfort: sets JAVA_HOME to a JDK 25 (JAVA_HOME if it is one, else /usr/lib/jvm/*25*).
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null)" != 25 ]; then
  JAVA_HOME=
  for candidate in /usr/lib/jvm/*25* /opt/java/openjdk /usr/local/openjdk-25; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" = 25 ]; then JAVA_HOME=$candidate; break; fi
  done
  if [ -z "$JAVA_HOME" ]; then echo "No JDK 25 found: install one or set JAVA_HOME." >&2; exit 1; fi
fi
export JAVA_HOME
