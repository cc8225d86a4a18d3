#!/usr/bin/env bash
# Runs a GUI test inside its own X server and session bus (the bus must start inside
# xvfb-run for AT-SPI to work).
#   run-gui-test.sh TEST.py ARGS...
set -euo pipefail
exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  dbus-run-session -- /usr/bin/python3 "$@"
