#!/usr/bin/env bash
# Quick start for developers and CI: install what is missing, build, run every test, and end
# with the line "N passed, N failed".
#   build-aux/test.sh [meson test arguments...]
set -uo pipefail
cd "$(dirname "$0")/.."

build-aux/deps.sh test || exit 1
if [ -d _build ]; then
  meson setup --reconfigure _build >/dev/null || exit 1
else
  meson setup _build || exit 1
fi
ninja -C _build || exit 1

meson test -C _build --print-errorlogs --num-processes 2 "$@"
status=$?

python3 - _build/meson-logs/testlog.json <<'PY'
import json, sys
passed = failed = 0
try:
    lines = open(sys.argv[1]).read().splitlines()
except OSError:
    lines = []
for line in lines:
    r = json.loads(line)
    if r.get("result") in ("OK", "EXPECTEDFAIL"):
        passed += 1
    elif r.get("result") != "SKIP":
        failed += 1
print("%d passed, %d failed" % (passed, failed))
PY
exit $status
