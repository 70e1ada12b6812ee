#!/usr/bin/env bash
# Rewrite docs/apps.md on purpose, from the state holders' states in a JVM run.
#
# The JVM test AppsDocTest renders every screen's state into build/apps.md and fails while
# that differs from the tracked docs/apps.md; it never writes docs/apps.md itself. After a
# change to a holder's state (or to the default pack's texts) run this, read the diff, and
# commit docs/apps.md with the change.
#
# Usage: android-demo/refresh-apps-doc.sh [GENERATED_KOTLIN_JVM_DIR] [NATIVE_LIB_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
SAFESTEPS_APPS_DOC_REFRESH=1 "$root/android-demo/jvm-test.sh" "$@" >"$root/build/refresh-apps-doc.log" 2>&1 || {
  tail -40 "$root/build/refresh-apps-doc.log" >&2
  echo "the JVM tests failed; docs/apps.md was not changed (log: build/refresh-apps-doc.log)" >&2
  exit 1
}
cp "$root/build/apps.md" "$root/docs/apps.md"
git -C "$root" diff --stat -- docs/apps.md
