#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# The package test: installs a .deb into a clean Debian 13 root that has no build tools, then, as
# an ordinary user there, runs the installed incident-cli on a sample article and launches the
# installed workbench under Xvfb, checking that its window appears with its title
# (docs/packaging.md). Run by `packaging/dev.sh test` (needs root: debootstrap, chroot, mounts).
#
# The pristine root (debootstrap --variant=minbase trixie, plus xvfb, xauth and xdotool for the
# test itself) is made once and cached; every run puts a fresh overlay on it, so nothing of an
# earlier run remains. Downloaded packages are kept in a shared apt cache, so that a warm run
# downloads nothing.
#
# Usage: package-test.sh PACKAGE.deb OUTPUT_DIR   (or --prepare: only make the clean root)
# Environment: INCIDENT_WORKBENCH_PKGTEST_ROOT (default /var/tmp/incident-workbench-pkgtest-root),
#   INCIDENT_WORKBENCH_APT_CACHE (default /var/tmp/incident-workbench-apt-cache),
#   INCIDENT_WORKBENCH_MIRROR (default http://deb.debian.org/debian)
set -euo pipefail

prepare_only=no
if [[ "${1:-}" == --prepare ]]; then prepare_only=yes; else
    deb=$(readlink -f "$1")
    output=$(mkdir -p "$2" && cd "$2" && pwd)
fi
pristine="${INCIDENT_WORKBENCH_PKGTEST_ROOT:-/var/tmp/incident-workbench-pkgtest-root}"
apt_cache="${INCIDENT_WORKBENCH_APT_CACHE:-/var/tmp/incident-workbench-apt-cache}"
mirror="${INCIDENT_WORKBENCH_MIRROR:-http://deb.debian.org/debian}"
# What the test needs besides the package; none of it is a build tool.
test_tools="xvfb xauth xdotool"
say() { echo "package-test: $*" >&2; }
die() { echo "package-test: error: $*" >&2; exit 1; }

[[ "$(id -u)" == 0 ]] || die "needs root (debootstrap, chroot, mounts)"
[[ $prepare_only == yes || -f "$deb" ]] || die "no package $deb"
mkdir -p "$apt_cache/partial"

# Runs a command in ROOT with /proc, /dev and the apt cache mounted, in a private mount namespace.
in_chroot() {
    local root="$1"; shift
    unshare --mount --propagation private -- bash -c '
        set -e
        root="$1" cache="$2"; shift 2
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --bind "$cache" "$root/var/cache/apt/archives"
        cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
            DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"
    ' bash "$root" "$apt_cache" "$@"
}
apt_options=(-o APT::Sandbox::User=root -o Dpkg::Use-Pty=0 -q)

# --- the pristine root, made once -----------------------------------------------------------------
stamp="$pristine/var/lib/incident-workbench-pkgtest.stamp"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$test_tools" ]]; then
    if ! command -v debootstrap >/dev/null; then
        say "installing debootstrap with apt-get"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; } >/dev/null 2>&1 \
            || die "debootstrap is missing and could not be installed"
    fi
    say "making the clean Debian 13 root $pristine (once)"
    rm -rf "$pristine" "$pristine.partial"
    # debootstrap keeps what it downloads in the root's apt cache: point it at the shared one.
    mkdir -p "$pristine.partial/var/cache/apt/archives"
    cp -n "$apt_cache"/*.deb "$pristine.partial/var/cache/apt/archives/" 2>/dev/null || true
    debootstrap --variant=minbase trixie "$pristine.partial" "$mirror" >"$pristine.log" 2>&1 \
        || { tail -n 5 "$pristine.log" >&2; die "debootstrap failed (see $pristine.log)"; }
    cp -n "$pristine.partial"/var/cache/apt/archives/*.deb "$apt_cache/" 2>/dev/null || true
    rm -f "$pristine.partial"/var/cache/apt/archives/*.deb
    # shellcheck disable=SC2086
    in_chroot "$pristine.partial" bash -c "apt-get ${apt_options[*]} update >/dev/null \
        && apt-get ${apt_options[*]} install -y --no-install-recommends $test_tools >/dev/null" \
        || die "could not install $test_tools into the clean root"
    useradd_log=$(in_chroot "$pristine.partial" useradd --create-home --shell /bin/bash analyst 2>&1) \
        || die "useradd: $useradd_log"
    echo "$test_tools" >"$pristine.partial/var/lib/incident-workbench-pkgtest.stamp"
    mv "$pristine.partial" "$pristine"
    rm -f "$pristine.log"
fi

[[ $prepare_only == no ]] || exit 0

# --- each run: a fresh overlay on the pristine root ---------------------------------------------
run=$(mktemp -d /var/tmp/iwb-pkgtest.XXXXXX)
trap 'rm -rf "$run"' EXIT
mkdir -p "$run/upper" "$run/work" "$run/merged"
cp "$deb" "$run/upper.deb"

# The test inside the root: first as root (install), then as the user analyst.
cat >"$run/test.sh" <<'INNER'
set -euo pipefail
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
deb="$1"; shift
apt_options=("$@")
for tool in g++ gcc cc c++ cmake make ninja; do
    ! command -v "$tool" >/dev/null || fail "the clean root has a build tool: $tool"
done
apt-get "${apt_options[@]}" update >/dev/null
apt-get "${apt_options[@]}" install -y --no-install-recommends "$deb" >/tmp/apt-install.log 2>&1 \
    || { tail -n 20 /tmp/apt-install.log; fail "apt-get install of the package"; }
dpkg-query -W -f='${Package} ${Version} ${Installed-Size} kB\n' incident-workbench
for file in /usr/bin/incident-workbench /usr/bin/incident-cli /usr/libexec/incident-workbench/incident-parse \
    /usr/share/applications/org.incidentworkbench.workbench.desktop \
    /usr/share/metainfo/org.incidentworkbench.workbench.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.incidentworkbench.workbench.svg \
    /usr/share/incident-workbench/rules/de/data-categories.tsv /usr/share/man/man1/incident-cli.1; do
    [[ -e $file ]] || fail "the package did not install $file"
done
# The desktop's MIME cache (a dpkg trigger of desktop-file-utils) is not in this root; the menu
# entry's MimeType line is what "Open with" reads.
grep -q '^MimeType=.*application/pdf' /usr/share/applications/org.incidentworkbench.workbench.desktop \
    || fail "the menu entry offers no PDF"
runuser -u analyst -- bash /run-as-user.sh
INNER

cat >"$run/run-as-user.sh" <<'INNER'
set -euo pipefail
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
export HOME=/home/analyst LANG=C.UTF-8
cd "$HOME"
samples=/usr/share/incident-workbench/samples
[[ ! -w /usr/share/incident-workbench ]] || fail "the install is writable by the user"

# 1. The installed incident-cli on a sample article.
incident-cli extract --json "$samples/de-app-update-fremde-daten.txt" >extract.json 2>extract.log \
    || { cat extract.log; fail "incident-cli extract"; }
grep -q '"organization": *"Lumera Pay"' extract.json || fail "incident-cli extract found no organization Lumera Pay"
grep -q '"affected_count": *9500' extract.json || fail "incident-cli extract found no 9500 affected"
echo "incident-cli extract: Lumera Pay, 9500 affected"

# 2. The installed workbench under Xvfb, opening an article given on its command line.
cat >gui.sh <<'GUI'
set -euo pipefail
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
incident-workbench /usr/share/incident-workbench/samples/en-lost-laptop.txt >gui.log 2>&1 &
pid=$!
# The window is found by its class, not by its name: `xdotool search --name` matches the ICCCM
# WM_NAME, into which Qt's xcb plugin writes only the window's own title (here the article's), while
# the title the desktop shows, with " — Incident Workbench" appended, is in _NET_WM_NAME, which
# getwindowname reads.
windows=$(timeout 90 xdotool search --sync --onlyvisible --class 'incident-workbench') \
    || { cat gui.log; fail "no window of the workbench appeared within 90 s"; }
window=${windows%%$'\n'*}
title=$(xdotool getwindowname "$window")
echo "window: $title"
[[ $title == "Stolen laptop"*" — Incident Workbench" ]] \
    || fail "the window's title is '$title', not the article's title followed by the program's name"
# The workbench stores an article given on its command line before it shows its window: wait until
# the installed incident-cli finds it in the store (it is the proof that both programs use the same
# user store), give the rules time to load and the article its first extraction, then end it as a
# session would.
# The list goes to a file before grep reads it: `incident-cli list | grep -q` under pipefail fails
# whenever grep exits at its match before incident-cli has written its last line (SIGPIPE), which a
# fast machine does.
for _ in $(seq 90); do
    incident-cli list >listed.txt 2>/dev/null && grep -qi "laptop" listed.txt && break
    sleep 1
done
sleep 5
kill -TERM "$pid"; wait "$pid" || true
! grep -q "extraction is off" gui.log || { cat gui.log; fail "the installed workbench found no rules"; }
# A picture of the installed program, made by itself once its first extraction is in.
incident-workbench --screenshot "$HOME/installed.png" >>gui.log 2>&1 || { cat gui.log; fail "--screenshot"; }
GUI
xvfb-run -a -s "-screen 0 1600x1000x24" bash gui.sh
store=$HOME/.local/share/IncidentWorkbench/incident-workbench/incidents.sqlite
[[ -f $store ]] || fail "no store in the user's data folder ($store)"
incident-cli list >listed.txt || { cat gui.log; fail "incident-cli list"; }
grep -qi "laptop" listed.txt || { cat listed.txt gui.log; fail "the article given to the workbench is not in the store"; }
[[ -d $HOME/.cache/IncidentWorkbench/incident-workbench/hyperscan ]] || fail "no compiled rules in the user's cache"
echo "incident-workbench: window shown, the article imported into $store"
INNER

start=$(date +%s)
status=0
unshare --mount --propagation private -- bash -c '
    set -e
    pristine="$1" run="$2"; shift 2
    mount -t overlay overlay -o "lowerdir=$pristine,upperdir=$run/upper,workdir=$run/work" "$run/merged"
    cp "$run/upper.deb" "$run/merged/tmp/incident-workbench.deb"
    cp "$run/test.sh" "$run/merged/test.sh"
    cp "$run/run-as-user.sh" "$run/merged/run-as-user.sh"
    chmod 0644 "$run/merged/run-as-user.sh"
    exec "$@"
' bash "$pristine" "$run" bash -c '
    run="$1"; shift
    root="$run/merged"
    '"$(declare -f in_chroot)"'
    apt_cache="$1"; shift
    in_chroot "$root" bash /test.sh /tmp/incident-workbench.deb "$@"
' bash "$run" "$apt_cache" "${apt_options[@]}" || status=$?
# What the run wrote stays in the overlay's upper layer: the screenshot of the installed program.
if [[ -f "$run/upper/home/analyst/installed.png" ]]; then cp "$run/upper/home/analyst/installed.png" "$output/"; fi
[[ $status -eq 0 ]] || die "the package test failed"
say "passed in $(( $(date +%s) - start )) s (installed into a fresh overlay on $pristine)"
