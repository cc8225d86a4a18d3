#!/usr/bin/env bash
# Runs a GUI test inside its own X server and session bus (the bus must start inside
# xvfb-run for AT-SPI to work).
#   run-gui-test.sh TEST.py ARGS...
# The AT-SPI registry, started by the bus, says on the shared stdout that it has its name;
# that line is not TAP and is left out (the test's exit status is kept: pipefail).
set -euo pipefail
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  dbus-run-session -- /usr/bin/python3 "$@" | sed -u '/SpiRegistry daemon is running/d'
