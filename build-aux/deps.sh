#!/usr/bin/env bash
# Installs the Debian 12 packages Voicemail Coach needs that are not installed yet.
#   build-aux/deps.sh [build|test]
# "build" (the default) is what building and running the app takes; "test" adds what the test
# suite uses (flite and sox to make speech, Xvfb, a sound server, validators, real read speech).
set -euo pipefail

build_pkgs=(
  meson ninja-build pkg-config gcc python3
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev
  portaudio19-dev libsndfile1-dev libsamplerate0-dev libspeexdsp-dev
  libpocketsphinx-dev libsphinxbase-dev pocketsphinx-en-us pocketsphinx
  libjson-glib-dev libsqlite3-dev flite1-dev libaubio-dev
  wamerican-large sphinxtrain gettext
)
test_pkgs=(
  flite sox libsox-fmt-all
  festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts espeak-ng
  xvfb xauth dbus-x11 at-spi2-core imagemagick
  pulseaudio pulseaudio-utils alsa-utils libasound2-plugins
  python3-dogtail python3-pyatspi gir1.2-atspi-2.0
  desktop-file-utils appstream
  pocketsphinx-testdata valgrind locales poppler-utils xdotool
)

want=("${build_pkgs[@]}")
if [ "${1:-build}" = test ]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
