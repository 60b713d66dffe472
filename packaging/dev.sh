#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Development environment for Incident Workbench.
#
# The project needs Qt >= 6.5 and KF6 SyntaxHighlighting. Debian 12 has
# neither, so on such hosts everything runs inside a Debian 13 (trixie) root
# made with debootstrap, entered in a private mount namespace. Hosts that
# already have both (Debian 13, Fedora, Arch, ...) build natively.
#
# Usage: packaging/dev.sh COMMAND [ARGS...]
#   run [ARGS...]      build, import the sample articles, open the workbench
#   test [--quick|--sanitize|--package]  build and run the test suite through ctest: the
#                      normal build, clang-tidy on the changed files, the package test (the
#                      .deb installed into a clean Debian 13 root), then the tests again under
#                      ASan + UBSan (--quick: only the first, --package: only the package
#                      test, --sanitize: only the sanitized build)
#   build [--sanitize] configure and build
#   package            build the Debian package (build/dev/incident-workbench_*.deb)
#   cli ARGS...        run the command-line executable (incident-cli)
#   format             clang-format every C++ file in place (checked by the tests)
#   shell [COMMAND...] an interactive shell (or one command) in the build environment
#   setup              only create or update the build root
#   clean              remove the build folders (the root is kept)
#
# Environment:
#   INCIDENT_WORKBENCH_ROOT    build root (default /var/tmp/incident-workbench-root)
#   INCIDENT_WORKBENCH_MIRROR  Debian mirror (default http://deb.debian.org/debian)
#   INCIDENT_WORKBENCH_NATIVE  1 = force a native build, 0 = force the root
#   INCIDENT_WORKBENCH_JOBS    parallel build jobs (default 2)

set -euo pipefail

SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PARENT_DIR="$(dirname "$SOURCE_DIR")"
ROOT="${INCIDENT_WORKBENCH_ROOT:-/var/tmp/incident-workbench-root}"
MIRROR="${INCIDENT_WORKBENCH_MIRROR:-http://deb.debian.org/debian}"
JOBS="${INCIDENT_WORKBENCH_JOBS:-2}"
PACKAGE_LIST="$SOURCE_DIR/packaging/debian-packages.txt"
STAMP="$ROOT/var/lib/incident-workbench/packages.sha256"

die() { echo "dev.sh: error: $*" >&2; exit 1; }
say() { echo "dev.sh: $*" >&2; }

# --- choosing native or root -------------------------------------------------

# True when the host has Qt >= 6.5 and KF6 SyntaxHighlighting installed.
host_is_capable() {
    local qtconf kfconf version
    qtconf=$(ls /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersion.cmake \
                /usr/lib*/cmake/Qt6Core/Qt6CoreConfigVersion.cmake 2>/dev/null | head -n1 || true)
    kfconf=$(ls /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake \
                /usr/lib*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake 2>/dev/null | head -n1 || true)
    [[ -n "$qtconf" && -n "$kfconf" ]] || return 1
    version=$(sed -n 's/.*PACKAGE_VERSION "\([0-9.]*\)".*/\1/p' "$qtconf" | head -n1)
    [[ -n "$version" ]] || return 1
    local major minor
    IFS=. read -r major minor _ <<<"$version"
    (( major > 6 || (major == 6 && minor >= 5) ))
}

use_native() {
    case "${INCIDENT_WORKBENCH_NATIVE:-auto}" in
        1|yes|true) return 0 ;;
        0|no|false) return 1 ;;
    esac
    host_is_capable
}

# --- the Debian 13 root ------------------------------------------------------

wanted_packages() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$PACKAGE_LIST" | grep -v '^$' | sort -u
}

package_list_hash() {
    wanted_packages | sha256sum | cut -d' ' -f1
}

root_is_current() {
    [[ -f "$STAMP" ]] && [[ "$(cat "$STAMP")" == "$(package_list_hash)" ]]
}

require_root_user() {
    [[ "$(id -u)" == 0 ]] || die "creating or entering the build root needs root (run as root, or install Qt >= 6.5 and KF6 SyntaxHighlighting to build natively)"
    command -v unshare >/dev/null || die "unshare (util-linux) is missing"
}

ensure_debootstrap() {
    command -v debootstrap >/dev/null && return 0
    say "installing debootstrap with apt-get"
    command -v apt-get >/dev/null || die "debootstrap is missing and there is no apt-get to install it"
    apt-get update -qq >/dev/null 2>&1 || die "apt-get update failed (no network to the Debian archive?)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1 \
        || die "could not install debootstrap with apt-get"
}

# Runs a command inside the root as root, with /proc, /dev and /sys mounted,
# in a private mount namespace so nothing leaks into the host's mount table.
in_root_as_admin() {
    unshare --mount --propagation private -- bash -c '
        set -e
        root="$1"; shift
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys"
        cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
            DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"
    ' bash "$ROOT" "$@"
}

create_root() {
    require_root_user
    ensure_debootstrap
    local tmp="$ROOT.partial"
    rm -rf "$tmp"
    mkdir -p "$(dirname "$ROOT")"
    say "creating the Debian 13 build root in $ROOT (a few minutes, once)"
    if ! debootstrap --variant=minbase trixie "$tmp" "$MIRROR" >"$tmp.log" 2>&1; then
        tail -n 5 "$tmp.log" >&2 || true
        die "debootstrap failed (network to $MIRROR? see $tmp.log)"
    fi
    rm -f "$tmp.log"
    mv "$tmp" "$ROOT"
}

update_root_packages() {
    require_root_user
    say "installing the packages from packaging/debian-packages.txt into the build root"
    # Documentation is useless in a build root and slows every install.
    mkdir -p "$ROOT/etc/dpkg/dpkg.cfg.d" "$ROOT/var/lib/incident-workbench"
    printf '%s\n' 'path-exclude=/usr/share/doc/*' 'path-exclude=/usr/share/man/*' \
        'path-exclude=/usr/share/info/*' >"$ROOT/etc/dpkg/dpkg.cfg.d/01-nodoc"
    local log="$ROOT/var/lib/incident-workbench/apt.log"
    # shellcheck disable=SC2046
    if ! in_root_as_admin bash -c 'apt-get update && apt-get install -y --no-install-recommends "$@"' \
            bash $(wanted_packages) >"$log" 2>&1; then
        tail -n 8 "$log" >&2 || true
        die "installing packages into the build root failed (no network, or a package name in packaging/debian-packages.txt is wrong; see $log)"
    fi
    in_root_as_admin apt-get clean >/dev/null 2>&1 || true
    package_list_hash >"$STAMP"
}

ensure_root() {
    if [[ ! -x "$ROOT/usr/bin/apt-get" ]]; then
        create_root
    fi
    root_is_current || update_root_packages
}

# Runs a command as the calling user's uid inside the root, with the checkout,
# its parent folder (for ../shared) and /tmp (X socket) at the same paths.
in_root() {
    require_root_user
    local xauth_bind=""
    if [[ -n "${XAUTHORITY:-}" && -f "${XAUTHORITY}" ]]; then xauth_bind="$XAUTHORITY"; fi
    unshare --mount --propagation private -- bash -c '
        set -e
        root="$1" parent="$2" source="$3" xauth="$4"; shift 4
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys"
        mkdir -p "$root$parent" "$root/tmp"
        mount --bind "$parent" "$root$parent"
        mount --bind /tmp "$root/tmp"
        if [ -n "$xauth" ]; then
            mkdir -p "$root$(dirname "$xauth")"; touch "$root$xauth"
            mount --bind "$xauth" "$root$xauth"
        fi
        cd "$root"
        exec chroot "$root" /usr/bin/env -i \
            PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
            HOME="${HOME:-/root}" TERM="${TERM:-dumb}" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
            DISPLAY="${DISPLAY:-}" XAUTHORITY="${XAUTHORITY:-}" \
            QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-}" CI="${CI:-}" \
            XDG_RUNTIME_DIR=/tmp/runtime-root \
            INCIDENT_WORKBENCH_JOBS="${INCIDENT_WORKBENCH_JOBS:-2}" \
            bash -c "cd \"\$0\" && exec \"\$@\"" "$source" "$@"
    ' bash "$ROOT" "$PARENT_DIR" "$SOURCE_DIR" "$xauth_bind" "$@"
}

# Runs a command in the build environment: natively or inside the root.
in_env() {
    if use_native; then
        (cd "$SOURCE_DIR" && "$@")
    else
        ensure_root
        mkdir -p "$ROOT$HOME" 2>/dev/null || true
        in_root "$@"
    fi
}

# --- build steps (run inside the environment) ---------------------------------

preset_for() { [[ "${1:-}" == "--sanitize" ]] && echo asan || echo dev; }

build_cmd() {
    local preset="$1"
    # Configure only once per build folder; ninja re-runs CMake when needed.
    printf '%s' "
        set -e
        if [ ! -f build/$preset/build.ninja ]; then
            cmake --preset $preset >build-$preset-configure.log 2>&1 || { cat build-$preset-configure.log >&2; exit 1; }
            rm -f build-$preset-configure.log
        fi
        cmake --build build/$preset -- -j$JOBS 2>&1 \\
            | { grep --line-buffered -v -e '^ninja: no work to do\.\$' -e 'Re-checking globbed directories' || true; }
        [ \${PIPESTATUS[0]} -eq 0 ]"
}

# Two dev.sh commands in one checkout (the tests in one terminal, run or cli in
# another) must not build into the same folder at once: ninja would see half-
# written files of the other. The second waits for the first and says so.
lock_build_folder() {
    mkdir -p "$SOURCE_DIR/build"
    exec 9>"$SOURCE_DIR/build/.dev.lock"
    if ! flock -n 9; then
        say "another dev.sh command is building in $SOURCE_DIR/build; waiting for it to finish"
        flock 9
    fi
}

cmd_build() {
    lock_build_folder
    local preset; preset=$(preset_for "${1:-}")
    in_env bash -c "$(build_cmd "$preset")" || die "build failed (preset $preset)"
}

# Builds one preset and runs its tests, timing both (the times go to the
# table in docs/reliability.md).
test_preset() {
    local preset="$1" start
    start=$(date +%s)
    in_env bash -c "$(build_cmd "$preset")" || die "build failed (preset $preset)"
    say "built preset $preset in $(( $(date +%s) - start )) s"
    start=$(date +%s)
    in_env bash -c "export QT_QPA_PLATFORM=offscreen
        ctest --test-dir build/$preset --output-on-failure -j$JOBS" || die "tests failed (preset $preset)"
    say "tests of preset $preset passed in $(( $(date +%s) - start )) s"
}

# Builds the .deb from the dev build (CPack strips the binaries; docs/packaging.md).
build_package() {
    in_env bash -c "$(build_cmd dev)" || die "build failed (preset dev)"
    in_env bash -c "cd build/dev && rm -f incident-workbench_*.deb && cpack -G DEB >cpack.log 2>&1 \
        || { cat cpack.log >&2; exit 1; }" || die "cpack failed (see build/dev/cpack.log)"
    ls "$SOURCE_DIR"/build/dev/incident-workbench_*.deb
}

# The package test (packaging/package-test.sh): the .deb installed into a clean Debian 13 root,
# the installed programs run there. Needs root; elsewhere it is skipped with a note.
test_package() {
    if [[ "$(id -u)" != 0 ]]; then
        say "package test skipped: it needs root (debootstrap, chroot, mounts)"
        return 0
    fi
    local start deb
    start=$(date +%s)
    deb=$(build_package | tail -n 1)
    say "built the package $(basename "$deb") in $(( $(date +%s) - start )) s"
    start=$(date +%s)
    INCIDENT_WORKBENCH_MIRROR="$MIRROR" bash "$SOURCE_DIR/packaging/package-test.sh" "$deb" "$SOURCE_DIR/build/package-test" \
        || die "package test failed"
    say "package test passed in $(( $(date +%s) - start )) s (screenshot: build/package-test/installed.png)"
}

# clang-tidy on the C++ files the change touches (vs. the merge base with main), with the dev
# build's compile commands; packaging/clang-tidy.sh without arguments is the full run.
tidy_changed() {
    local start
    start=$(date +%s)
    "$SOURCE_DIR/packaging/clang-tidy.sh" --changed || die "clang-tidy reported findings in the changed files"
    say "clang-tidy on the changed files passed in $(( $(date +%s) - start )) s"
}

# test: the normal build and its tests, clang-tidy on the changed files, the package test, then the
# tests under ASan + UBSan (what CI runs); test --quick: only the normal build; --package: only the
# package test; --sanitize: only the sanitized build.
cmd_test() {
    lock_build_folder
    case "${1:-}" in
        --quick) test_preset dev ;;
        --sanitize) test_preset asan ;;
        --package) test_package ;;
        "") test_preset dev; tidy_changed; test_package; test_preset asan ;;
        *) die "unknown option '$1' for test (--quick, --package or --sanitize)" ;;
    esac
}

cmd_package() {
    lock_build_folder
    build_package
}

# Builds under the lock, then lets go of it: a workbench left open must not
# keep the tests in another terminal waiting.
build_then_unlock() {
    lock_build_folder
    in_env bash -c "$(build_cmd dev) >&2" || die "build failed (preset dev)"
    exec 9>&-
}

cmd_cli() {
    build_then_unlock
    in_env build/dev/bin/incident-cli "$@"
}

cmd_run() {
    [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" || -n "${QT_QPA_PLATFORM:-}" ]] \
        || die "no display (DISPLAY is not set); try: xvfb-run -a $0 run"
    build_then_unlock
    in_env build/dev/bin/incident-workbench --samples resources/samples "$@"
}

cmd_format() {
    in_env bash -c "find app model widgets tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i"
}

cmd_shell() {
    if [[ $# -gt 0 ]]; then
        in_env "$@"
    else
        in_env bash -i
    fi
}

cmd_clean() {
    rm -rf "$SOURCE_DIR/build"
    say "removed $SOURCE_DIR/build (the build root $ROOT is kept; delete it by hand to start over)"
}

cmd_setup() {
    if use_native; then say "host has Qt >= 6.5 and KF6 SyntaxHighlighting: building natively"; return 0; fi
    ensure_root
    say "build root ready: $ROOT"
}

usage() { sed -n '2,/^$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" | sed -n '/^Usage/,$p'; }

command="${1:-}"
[[ $# -gt 0 ]] && shift
case "$command" in
    run)   cmd_run "$@" ;;
    test)  cmd_test "$@" ;;
    build) cmd_build "$@" ;;
    package) cmd_package ;;
    cli)   cmd_cli "$@" ;;
    shell) cmd_shell "$@" ;;
    format) cmd_format ;;
    setup) cmd_setup ;;
    clean) cmd_clean ;;
    -h|--help|help) usage ;;
    "") usage; exit 2 ;;
    *) usage >&2; die "unknown command '$command'" ;;
esac
