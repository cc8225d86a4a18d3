#!/usr/bin/env bash
# Runs a command with its own PulseAudio server whose microphone is a null sink's monitor:
# whatever `paplay` plays into it is recorded, in real time (see ../shared/TESTING.md).
#   run-with-pulse.sh COMMAND ARGS...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
XDG_RUNTIME_DIR=$(mktemp -d)
HOME=$(mktemp -d)
export XDG_RUNTIME_DIR HOME JACK_NO_START_SERVER=1
unset ALSA_CONFIG_PATH PULSE_SERVER
stop() {
  if [ -f "$XDG_RUNTIME_DIR/pulse/pid" ]; then
    pid=$(cat "$XDG_RUNTIME_DIR/pulse/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$XDG_RUNTIME_DIR" "$HOME"
}
trap stop EXIT
pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit -n -F "$here/pulse.pa" \
  --disable-shm=yes --use-pid-file=yes --log-target=file:"$XDG_RUNTIME_DIR/pulse.log" 2>/dev/null
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null
"$@"
