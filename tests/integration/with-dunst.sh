#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command with a real dunst as the session's notification server (inside
# `xvfb-run … dbus-run-session -- with-dunst.sh CMD …`). Its context menu ("dunstctl
# context") is answered by pick-acknowledge.sh, which chooses the Acknowledge action, so a
# test can drive an action back to the application as a user's click would.
set -e
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/.config" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
printf '[global]\n    dmenu = %s/pick-acknowledge.sh\n' "$here" > "$scratch/dunstrc"
dunst -config "$scratch/dunstrc" > "$scratch/dunst.log" 2>&1 &
dunst_pid=$!
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true; do
  i=$((i+1)); [ $i -lt 100 ] || { echo "with-dunst: dunst did not start" >&2; cat "$scratch/dunst.log" >&2; exit 1; }
  sleep 0.1
done
set +e
"$@"; rc=$?
kill "$dunst_pid" 2>/dev/null
wait "$dunst_pid" 2>/dev/null
rm -rf "$scratch"
exit $rc
