#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command inside a private D-Bus session with an unlocked, throw-away
# gnome-keyring (Secret Service) and a scratch HOME, so tests never touch a real keyring.
# usage: dbus-run-session -- headless-session.sh CMD [ARGS...]
set -e
scratch=$(mktemp -d)
export HOME="$scratch" XDG_DATA_HOME="$scratch/.local/share" XDG_CONFIG_HOME="$scratch/.config" \
       XDG_CACHE_HOME="$scratch/.cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
printf %s "${KEYRING_PW:-sladesk-ci}" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
  i=$((i+1)); [ $i -lt 100 ] || { echo "headless-session: gnome-keyring did not start" >&2; exit 1; }
  sleep 0.1
done
set +e
"$@"; rc=$?
rm -rf "$scratch"
exit $rc
