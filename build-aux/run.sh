#!/usr/bin/env bash
# Quick start: install what is missing, build, and start Voicemail Coach.
#   build-aux/run.sh [ARGS...]   (arguments go to voicemail-coach)
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/deps.sh build
if [ -d _build ]; then
  meson setup --reconfigure _build >/dev/null
else
  meson setup _build
fi
ninja -C _build
exec _build/app/voicemail-coach "$@"
