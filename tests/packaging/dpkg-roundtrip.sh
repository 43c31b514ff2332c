#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# usage: dpkg-roundtrip.sh BUILD_DIR [CPACK]
#
# The Debian package, end to end: builds the .deb with cpack from the (already built) build
# tree into a private folder, installs it with dpkg -i on this machine, uses what it installed
# (slactl, sladesk under Xvfb on the installed demo, the man page, the completion, the desktop
# and AppStream files, the icons, the systemd units), then purges it and checks that every file
# it installed is gone. Needs root (or sudo without a password): exit 77 (ctest: skipped)
# otherwise. Never replaces an sladesk package that was installed before it started, and
# never leaves its own installed, also on failure or interruption.
set -euo pipefail
build=$(cd "$1" && pwd)
cpack=${2:-cpack}
SKIP=77
started=$SECONDS
pkg=sladesk

step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - started)); }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
ok() { printf 'ok   %s\n' "$*"; }

# --- privileges -------------------------------------------------------------------------
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "SKIP: installing a .deb needs root (dpkg -i writes /usr and the dpkg database);" \
            "run as root or with password-less sudo (CI runs the tests as root)"
        exit $SKIP
    fi
fi
for tool in dpkg dpkg-deb dpkg-query xvfb-run dbus-run-session strace man python3; do
    command -v "$tool" >/dev/null || fail "$tool is missing (./dev setup installs it)"
done

# --- one run at a time, and never over someone else's sladesk --------------------------
exec 9>"${TMPDIR:-/tmp}/sladesk-dpkg-roundtrip.lock"
flock -w 300 9 || fail "another dpkg-roundtrip run holds ${TMPDIR:-/tmp}/sladesk-dpkg-roundtrip.lock"
# True when dpkg knows the package in any state but "not installed" (installed, unpacked,
# half-configured, config files left, ...): the second letter of the status abbreviation.
pkg_present() {
    local abbrev
    abbrev=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null) || return 1
    [ -n "$abbrev" ] && [ "${abbrev:1:1}" != n ]
}
if pkg_present; then
    fail "a $pkg package is already on this machine (dpkg: $(dpkg-query -W \
        -f='${db:Status-Abbrev}${Version}' "$pkg")). This test installs and purges its own build" \
        "and will not replace it: remove it first (dpkg --purge $pkg), or run the test elsewhere"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/sladesk-dpkg-roundtrip.XXXXXX")
installed_by_us=0
cleanup() {
    local rc=$?
    if [ "$installed_by_us" = 1 ] && pkg_present; then
        echo "cleanup: purging $pkg"
        dpkg_run --purge "$pkg" >/dev/null || echo "cleanup: dpkg --purge $pkg failed" >&2
    fi
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# dpkg, waiting up to a minute for the dpkg lock when apt is busy elsewhere.
dpkg_run() {
    local out
    for _ in $(seq 30); do
        if out=$("${sudo[@]}" dpkg "$@" 2>&1); then
            printf '%s\n' "$out" | grep -v '^(Reading database' || true
            return 0
        fi
        case $out in
            *"lock"*) sleep 2 ;;
            *) printf '%s\n' "$out" >&2; return 1 ;;
        esac
    done
    printf '%s\n' "$out" >&2
    return 1
}

# A scratch home for the programs: no settings, caches or keyrings of the user running this.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_STATE_HOME=$work/home/.local/state XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8
unset LANGUAGE LANG

# --- build the package ------------------------------------------------------------------
step "cpack -G DEB from $build into a private folder"
[ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPackConfig.cmake (configure it first)"
# cpack first builds the tree's "preinstall" target, which needs all of it: packaging an
# unbuilt tree would build every target inside this test. Fail fast instead.
# (The glob check always "runs" in a dry run, and with it CMake: regenerate for real first,
# as any build would, then ask ninja what else it would do.)
if [ -f "$build/build.ninja" ]; then
    cmake --build "$build" --target build.ninja >/dev/null || fail "cannot regenerate $build"
    pending=$(cmake --build "$build" -- -n 2>&1 | grep -E '^\[[0-9]+/[0-9]+\]' |
        grep -vE 'Re-checking globbed|Re-running CMake' | head -3 || true)
    [ -z "$pending" ] || fail "the build tree is not up to date (cmake --build $build first):"$'\n'"$pending"
fi
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed (is the build complete? cmake --build $build)"; }
debs=("$work"/cpack/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "cpack made no single .deb: ${debs[*]}"; fi
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
ok "$(basename "$deb"): $(du -h "$deb" | cut -f1), Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6sql6-sqlite' || fail "Depends lacks libqt6sql6-sqlite"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6svg6' || fail "Depends lacks libqt6svg6"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail "Depends lacks the shlibdeps (libqt6widgets6)"
dpkg-deb -f "$deb" Recommends | grep -q 'org.freedesktop.secrets' || fail "Recommends lacks the Secret Service"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed -e 's#^\./#/#' -e 's#/$##' | grep . >"$work/contents"
for path in /usr/bin/slactl /usr/bin/sladesk /usr/share/man/man1/slactl.1.gz /usr/share/man/man1/sladesk.1.gz \
    /usr/share/bash-completion/completions/slactl /usr/share/applications/org.sladesk.SlaDesk.desktop \
    /usr/share/metainfo/org.sladesk.SlaDesk.metainfo.xml /usr/share/doc/sladesk/copyright \
    /usr/share/icons/hicolor/scalable/apps/org.sladesk.SlaDesk.svg \
    /usr/lib/systemd/user/sladesk-watch@.service /usr/lib/systemd/user/sladesk-report@.service \
    /usr/lib/systemd/user/sladesk-report@.timer /usr/share/sladesk/demo/fraud-detection-api.yaml; do
    grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
for size in 16 32 48 64 128 256; do
    grep -qxF "/usr/share/icons/hicolor/${size}x${size}/apps/org.sladesk.SlaDesk.png" "$work/contents" ||
        fail "the package lacks the ${size}x${size} PNG icon"
done
ok "the package holds the programs, pages, completion, desktop files, icons, units and demo"
# Text files carry no path of the machine that built them.
mkdir "$work/extract" && dpkg-deb -x "$deb" "$work/extract"
source_dir=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")
[ -n "$source_dir" ] || fail "no CMAKE_HOME_DIRECTORY in $build/CMakeCache.txt"
if leaks=$(grep -rlI -e "$build" -e "$source_dir" "$work/extract"); then
    fail "files of the package name the build machine's folders: $leaks"
fi
if zcat "$work"/extract/usr/share/man/man1/*.gz | grep -F -e "$build" -e "$source_dir"; then
    fail "a man page names the build machine's folders"
fi
ok "no text file names $build or $source_dir"
# (QStringLiteral keeps strings as UTF-16: look for both forms.)
for bin in slactl sladesk; do
    if python3 -c 'import sys; d = open(sys.argv[1], "rb").read(); p = sys.argv[2]
sys.exit(0 if p.encode() in d or p.encode("utf-16-le") in d else 1)' \
        "$work/extract/usr/bin/$bin" "$source_dir"; then
        fail "/usr/bin/$bin holds the source path $source_dir"
    fi
done
ok "no binary holds $source_dir"

# --- install ----------------------------------------------------------------------------
step "dpkg -i"
while read -r path; do
    if [ -d "$path" ]; then echo "$path"; fi
done <"$work/contents" >"$work/dirs-before"
installed_by_us=1
dpkg_run -i "$deb" || fail "dpkg -i failed; a missing dependency? ./dev setup installs what the build and the package need"
dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" | grep -q '^ii' || fail "$pkg is not installed after dpkg -i"
dpkg -L "$pkg" >"$work/listed"
ok "installed $pkg $version ($(wc -l <"$work/listed") paths)"

# --- use it -----------------------------------------------------------------------------
step "slactl"
got=$(/usr/bin/slactl --version)
[ "$got" = "slactl $version" ] || fail "slactl --version says '$got', the package is $version"
ok "slactl --version: $got"
/usr/bin/slactl validate /usr/share/sladesk/demo >"$work/validate.txt" 2>&1 ||
    { cat "$work/validate.txt"; fail "slactl validate of the installed demo failed"; }
ok "slactl validate /usr/share/sladesk/demo"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/slactl --help >"$work/help.txt" 2>&1 ||
    { cat "$work/help.txt"; fail "slactl --help without a display failed"; }
grep -q '^Commands:' "$work/help.txt" || fail "slactl --help without a display shows no commands"
ok "slactl --help without a display"

step "sladesk"
got=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/sladesk --version 2>"$work/version.err") ||
    { cat "$work/version.err"; fail "sladesk --version without a display failed"; }
[ "$got" = "sladesk $version" ] || fail "sladesk --version says '$got', the package is $version"
ok "sladesk --version without a display: $got"
# The GUI on the installed demo, under Xvfb. strace records the files it opens: the demo must
# come from /usr/share/sladesk/demo (found next to /usr/bin as ../share/sladesk/demo), never
# from the source tree the binary was built from.
cd "$work"
# dbus-run-session: a session bus of its own, else Qt autolaunches a dbus-daemon for the X
# display, which strace -f would follow and wait for.
SLADESK_DEMO_WORKSPACE='' timeout 90 xvfb-run -a -s "-screen 0 1280x900x24" \
    dbus-run-session -- strace -f -qq -e trace=openat -o "$work/strace.log" \
    /usr/bin/sladesk --self-test-dump --demo --new-instance >"$work/dump.txt" 2>"$work/sladesk.err" ||
    { cat "$work/sladesk.err"; fail "sladesk --self-test-dump --demo under Xvfb failed"; }
for row in "Tier 1" "Fraud detection API" "Recommendation API" "Analytics churn model" "Transaction amount drift"; do
    grep -qF "$row" "$work/dump.txt" || { cat "$work/dump.txt"; fail "the overview lacks the row '$row'"; }
done
ok "sladesk shows the demo's overview ($(grep -c . "$work/dump.txt") rows)"
grep -q '"/usr/share/sladesk/demo/fraud-detection-api.yaml"' "$work/strace.log" ||
    fail "sladesk did not read /usr/share/sladesk/demo/fraud-detection-api.yaml"
grep -q '"/usr/share/sladesk/demo/data/' "$work/strace.log" ||
    fail "sladesk did not read the demo's recording under /usr/share/sladesk/demo/data"
if grep -F -e 'resources/demo' -e "\"$source_dir/" "$work/strace.log" | head -3 | grep .; then
    fail "sladesk opened files of the source tree"
fi
ok "the demo came from /usr/share/sladesk/demo, nothing from $source_dir"

step "man page, completion, desktop integration, units"
MANWIDTH=100 man -P cat slactl >"$work/man.txt" 2>"$work/man.err" || { cat "$work/man.err"; fail "man slactl failed"; }
grep -q 'slactl - SLA Desk on the command line' "$work/man.txt" || fail "man slactl shows no NAME line"
grep -q '^COMMANDS' "$work/man.txt" || fail "man slactl has no COMMANDS"
[ "$(man -w slactl)" = /usr/share/man/man1/slactl.1.gz ] || fail "man -w slactl is $(man -w slactl)"
MANWIDTH=100 man -P cat sladesk | grep -q 'sladesk - ' || fail "man sladesk shows no NAME line"
ok "man slactl, man sladesk"
got=$(bash -c 'source /usr/share/bash-completion/completions/slactl
    COMP_WORDS=(slactl va); COMP_CWORD=1; _slactl; echo "${COMPREPLY[*]}"')
[ "$got" = validate ] || fail "the installed completion gives '$got' for 'slactl va'"
ok "bash completion: slactl va -> $got"
desktop-file-validate /usr/share/applications/org.sladesk.SlaDesk.desktop || fail "the installed .desktop file is invalid"
grep -q '^MimeType=.*x-scheme-handler/sladesk;' /usr/share/applications/org.sladesk.SlaDesk.desktop ||
    fail "the .desktop file is not the sladesk:// handler"
if [ -f /usr/share/applications/mimeinfo.cache ]; then
    grep -q '^x-scheme-handler/sladesk=.*org.sladesk.SlaDesk.desktop' /usr/share/applications/mimeinfo.cache ||
        fail "mimeinfo.cache does not name org.sladesk.SlaDesk.desktop for x-scheme-handler/sladesk"
    ok "sladesk:// is registered in mimeinfo.cache"
fi
appstreamcli validate --no-net /usr/share/metainfo/org.sladesk.SlaDesk.metainfo.xml >/dev/null ||
    fail "the installed metainfo is invalid"
for size in 16 32 48 64 128 256; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/org.sladesk.SlaDesk.png
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
done
ok "desktop file, metainfo, PNG icons 16 to 256"
# The units load: checked as instances for a workspace (systemd-analyze needs an instance).
mkdir "$work/units"
for unit in sladesk-watch@.service sladesk-report@.service sladesk-report@.timer; do
    ln -s "/usr/lib/systemd/user/$unit" "$work/units/${unit/@/@home-alice-work}"
done
if command -v systemd-analyze >/dev/null; then
    if ! systemd-analyze verify "$work"/units/* >"$work/verify.txt" 2>&1 || [ -s "$work/verify.txt" ]; then
        cat "$work/verify.txt"
        fail "systemd-analyze verify rejects the units"
    fi
    ok "systemd-analyze verify: $(cd "$work/units" && echo *)"
fi

# --- purge ------------------------------------------------------------------------------
step "dpkg --purge"
dpkg_run --purge "$pkg" || fail "dpkg --purge failed"
installed_by_us=0
! pkg_present || fail "$pkg is still known to dpkg"
left=()
while read -r path; do
    [ "$path" = "/." ] && continue
    if [ -d "$path" ] && ! [ -L "$path" ]; then
        # A folder may stay when it was there before (shared), never when the package made it.
        grep -qxF "$path" "$work/dirs-before" || left+=("$path/")
    elif [ -e "$path" ] || [ -L "$path" ]; then
        left+=("$path")
    fi
done <"$work/listed"
((${#left[@]} == 0)) || fail "left after the purge: ${left[*]}"
for dir in /usr/share/sladesk /usr/share/doc/sladesk; do
    [ ! -e "$dir" ] || fail "$dir is left after the purge"
done
if [ -f /usr/share/applications/mimeinfo.cache ] && grep -q 'org.sladesk.SlaDesk' /usr/share/applications/mimeinfo.cache; then
    fail "mimeinfo.cache still names org.sladesk.SlaDesk.desktop"
fi
ok "every file the package installed is gone ($(wc -l <"$work/listed") paths checked)"
printf '\nPASS in %ds\n' $((SECONDS - started))
