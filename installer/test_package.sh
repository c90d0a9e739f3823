#!/usr/bin/env bash
# Builds the Debian package and the tarball from a build directory, checks them with the
# ecosystem's own tools, installs the package, runs both programs from /usr/bin and
# removes the package again:
#
#   installer/test_package.sh [BUILD_DIR]      (default: <repo>/build; run as root)
#
# 1. cmake --build (mddnet, mddnet-inspector, the compressed docs), then cpack: DEB + TGZ
#    into BUILD_DIR/packages/. A build configured for /usr/local is reconfigured for /usr
#    first (the programs look for the bundled teacher weights under their install prefix).
# 2. lintian (any E: fails), desktop-file-validate on the menu entry, appstreamcli
#    validate --no-net on the metainfo, both as shipped in the .deb; the tarball's layout
#    and its mddnet.
# 3. apt-get install of the .deb (after removing an installed mddnet-inspector), then:
#    mddnet and mddnet-inspector resolve to /usr/bin; `mddnet info` with an empty HOME, no
#    MDDNET_TEACHER_DIR and the build tree's teacher folder hidden (a private mount
#    namespace) finds the bundled weights; a one-step training run loads them; the
#    Inspector prints its version and help, starts offscreen and shows its main window,
#    and maps its window on an X server (Xvfb, through Qt's xcb plugin).
# 4. apt-get remove --purge of the package and of the dependencies the install brought in:
#    none of the package's files is left.
#
# Needs: cmake, dpkg-dev (dpkg-shlibdeps), lintian, desktop-file-utils, appstream, xvfb,
# xauth, x11-utils, util-linux (unshare). Environment: MDD_JOBS (build jobs, default:
# all cores), MDD_BUILD_LOCK (a lock file: when set, the build and cpack run under
# `flock` on it, for machines where several builds share the cores).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
JOBS="${MDD_JOBS:-$(nproc)}"
PKG=mddnet-inspector
APP_ID=io.github.mddnet.Inspector
PROG=test_package.sh
START=$SECONDS

die() { echo "$PROG: FAIL: $*" >&2; exit 1; }
step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - START)); }
ok() { echo "$PROG: ok: $*"; }
LOCK_WAIT=0
locked() {
  [[ -n "${MDD_BUILD_LOCK:-}" ]] || { "$@"; return; }
  local t=$SECONDS rc=0
  exec 8>>"$MDD_BUILD_LOCK"
  flock 8
  LOCK_WAIT=$((LOCK_WAIT + SECONDS - t))
  "$@" 8>&- || rc=$?
  flock -u 8
  exec 8>&-
  return $rc
}

[[ "$(id -u)" -eq 0 ]] || die "run as root: the test installs and removes the Debian package $PKG"
[[ -f "$BUILD/CMakeCache.txt" ]] ||
  die "$BUILD is not a configured build directory: run scripts/setup.sh build (or pass the build directory)"
BUILD="$(cd "$BUILD" && pwd)"

missing=()
for tool in cmake:cmake cpack:cmake dpkg-shlibdeps:dpkg-dev lintian:lintian \
  desktop-file-validate:desktop-file-utils appstreamcli:appstream xvfb-run:xvfb \
  xauth:xauth xwininfo:x11-utils unshare:util-linux; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
[[ ${#missing[@]} -eq 0 ]] ||
  die "missing tools; install them with: apt-get install -y --no-install-recommends ${missing[*]}"

cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$BUILD/CMakeCache.txt"; }

# One run at a time on a machine: they install and remove the same package.
exec 9>"${TMPDIR:-/tmp}/mddnet-test-package.lock"
flock 9

WORK="$(mktemp -d "${TMPDIR:-/tmp}/test_package.XXXXXX")"
INSTALLED_BY_US=0
cleanup() {
  local rc=$?
  if [[ $INSTALLED_BY_US -eq 1 ]] && dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "ok installed"; then
    local pulled=()
    [[ -f "$WORK/pulled.txt" ]] && mapfile -t pulled <"$WORK/pulled.txt"
    echo "$PROG: removing $PKG ${pulled[*]} after a failure" >&2
    DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq "$PKG" "${pulled[@]}" >/dev/null 2>&1 || true
  fi
  # Background programs of a failed check.
  jobs -p | xargs -r kill 2>/dev/null || true
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT

step "build"
if [[ "$(cache_value CMAKE_INSTALL_PREFIX)" != "/usr" ]]; then
  echo "$PROG: $BUILD is configured for $(cache_value CMAKE_INSTALL_PREFIX); reconfiguring it with" \
    "CMAKE_INSTALL_PREFIX=/usr (the package's prefix, which the programs search for their teachers)"
  locked cmake -DCMAKE_INSTALL_PREFIX=/usr "$BUILD" >/dev/null
fi
TEACHERS="$(cache_value MDD_TEACHER_DIR)"
"$ROOT/scripts/teachers/fetch_teachers.sh" "$TEACHERS"
locked cmake --build "$BUILD" -j "$JOBS" --target mddnet mddnet-inspector mdd_package_files

step "cpack (DEB, TGZ)"
rm -rf "$BUILD/packages"
# From the build folder: cpack leaves its _CPack_Packages staging folder in the current one.
(cd "$BUILD" && locked cpack --config "$BUILD/CPackConfig.cmake" -G "DEB;TGZ") >"$WORK/cpack.log" 2>&1 ||
  { cat "$WORK/cpack.log" >&2; die "cpack failed (its output is above)"; }
DEB="$(find "$BUILD/packages" -maxdepth 1 -name "${PKG}_*.deb" | head -n 1)"
TGZ="$(find "$BUILD/packages" -maxdepth 1 -name "${PKG}-*.tar.gz" | head -n 1)"
[[ -f "$DEB" && -f "$TGZ" ]] || { cat "$WORK/cpack.log" >&2; die "cpack wrote no .deb or .tar.gz into $BUILD/packages"; }
VERSION="$(dpkg-deb -f "$DEB" Version)"
UPSTREAM="${VERSION%-*}"
ls -l "$DEB" "$TGZ"
echo "Depends: $(dpkg-deb -f "$DEB" Depends)"
echo "Recommends: $(dpkg-deb -f "$DEB" Recommends)"
echo "Installed-Size: $(dpkg-deb -f "$DEB" Installed-Size) KiB"

step "lintian"
# --fail-on error: warnings are listed but only errors fail.
if ! lintian --fail-on error --tag-display-limit 0 "$DEB" >"$WORK/lintian.log" 2>&1; then
  cat "$WORK/lintian.log" >&2
  die "lintian reports errors for $DEB (lines starting with E: above)"
fi
cat "$WORK/lintian.log"
ok "lintian: $(grep -c '^E:' "$WORK/lintian.log" || true) errors, $(grep -c '^W:' "$WORK/lintian.log" || true) warnings"

step "desktop entry, AppStream metadata, tarball"
mkdir "$WORK/deb"
dpkg-deb -x "$DEB" "$WORK/deb"
desktop-file-validate "$WORK/deb/usr/share/applications/$APP_ID.desktop" ||
  die "desktop-file-validate rejects installer/$APP_ID.desktop (messages above)"
ok "desktop-file-validate accepts $APP_ID.desktop"
appstreamcli validate --no-net "$WORK/deb/usr/share/metainfo/$APP_ID.metainfo.xml" ||
  die "appstreamcli rejects installer/$APP_ID.metainfo.xml (messages above)"
for f in usr/bin/mddnet usr/bin/mddnet-inspector usr/share/mddnet/teachers/inception_v3.mdda \
  usr/share/mddnet/teachers/mobilenet_v2.mdda usr/share/doc/$PKG/copyright \
  usr/share/doc/$PKG/changelog.Debian.gz usr/share/man/man1/mddnet.1.gz \
  usr/share/man/man1/mddnet-inspector.1.gz usr/share/icons/hicolor/scalable/apps/$APP_ID.svg \
  usr/share/icons/hicolor/256x256/apps/$APP_ID.png usr/share/mime/packages/$APP_ID.xml; do
  [[ -f "$WORK/deb/$f" ]] || die "the .deb lacks /$f (install rules in installer/packaging.cmake)"
done
mkdir "$WORK/tgz"
tar -xzf "$TGZ" -C "$WORK/tgz"
TOP="$(ls "$WORK/tgz")"
[[ -x "$WORK/tgz/$TOP/bin/mddnet" && -x "$WORK/tgz/$TOP/bin/mddnet-inspector" &&
  -f "$WORK/tgz/$TOP/share/mddnet/teachers/inception_v3.mdda" ]] ||
  die "$TGZ lacks bin/mddnet, bin/mddnet-inspector or share/mddnet/teachers/inception_v3.mdda"
info="$(MDDNET_TEACHER_DIR="$WORK/tgz/$TOP/share/mddnet/teachers" "$WORK/tgz/$TOP/bin/mddnet" info --json)"
grep -q "\"teacher_dir\": \"$WORK/tgz/$TOP/share/mddnet/teachers\"" <<<"$info" ||
  die "the tarball's mddnet does not use its share/mddnet/teachers: $info"
ok "tarball $TOP/: bin/, share/; its mddnet runs and reads its teachers"

step "install"
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "ok installed"; then
  echo "$PROG: $PKG is installed already; removing it first"
  DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq "$PKG"
fi
installed_packages() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" {print $2}' | sort; }
installed_packages >"$WORK/before.txt"
INSTALLED_BY_US=1
# Depends alone must be enough: no Recommends.
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1; then
  echo "$PROG: apt-get install failed; updating the package lists and trying again" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$DEB" ||
    die "apt-get install $DEB failed (see above)"
fi
dpkg -L "$PKG" >"$WORK/files.txt"
# The dependencies this run brought in go again with the package.
installed_packages | comm -13 "$WORK/before.txt" - | grep -v -x "$PKG" >"$WORK/pulled.txt" || true
pulled_list="$(tr '\n' ' ' <"$WORK/pulled.txt")"
ok "installed $PKG $VERSION ($(wc -l <"$WORK/files.txt") paths); dependencies it brought in: ${pulled_list:-none}"

step "run the installed programs"
for p in mddnet mddnet-inspector; do
  [[ "$(command -v "$p")" == "/usr/bin/$p" ]] || die "$p resolves to '$(command -v "$p")', not /usr/bin/$p"
done
ok "mddnet and mddnet-inspector resolve to /usr/bin"

# An empty home and no MDDNET_TEACHER_DIR. The programs also search the teacher folder of
# the build tree they were compiled in; a private mount namespace hides it (and
# ~/.cache is empty), so only the bundled weights can be found.
mkdir -p "$WORK/home" "$WORK/empty"
mkdir -m 700 "$WORK/runtime"
sandbox() {
  # shellcheck disable=SC2016  # the inner script's own arguments
  env -u MDDNET_TEACHER_DIR HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/runtime" \
    unshare --mount --propagation private -- bash -c '
      set -e
      if [[ -d "$1" ]]; then mount --bind "$2" "$1"; fi
      shift 2
      exec "$@"' sandbox "$TEACHERS" "$WORK/empty" "$@"
}
sandbox true || die "unshare --mount failed: the test needs root with CAP_SYS_ADMIN (a private mount namespace hides $TEACHERS)"

sandbox /usr/bin/mddnet info | tee "$WORK/info.txt"
grep -q '^Teacher weights: /usr/share/mddnet/teachers$' "$WORK/info.txt" ||
  die "mddnet info reports '$(grep '^Teacher weights:' "$WORK/info.txt")' instead of the bundled" \
    "/usr/share/mddnet/teachers: the programs search <CMAKE_INSTALL_PREFIX>/share/mddnet/teachers" \
    "of their build ($BUILD); it must be configured with CMAKE_INSTALL_PREFIX=/usr and rebuilt"
grep -q "^MDD-Net Inspector $UPSTREAM\$" "$WORK/info.txt" || die "mddnet info does not report version $UPSTREAM"
ok "mddnet info finds the bundled teachers offline"

# A real job that reads the bundled weights: a tiny demo dataset (GIMP patterns from
# gimp-data), one training step on the default teacher, evaluated.
sandbox /usr/bin/mddnet make-demo "$WORK/demo" --classes 2 --image-size 64 --train 4 \
  --test-good 2 --test-defects 2 >"$WORK/make-demo.log" 2>&1 ||
  { cat "$WORK/make-demo.log" >&2; die "mddnet make-demo failed"; }
sandbox /usr/bin/mddnet train "$WORK/demo" --image-size 64 --iterations 1 --batch 2 \
  --out "$WORK/demo.mdda" >"$WORK/train.log" 2>&1 ||
  { cat "$WORK/train.log" >&2; die "mddnet train (one step, bundled inception_v3 teacher) failed"; }
sandbox /usr/bin/mddnet eval --model "$WORK/demo.mdda" "$WORK/demo" --csv >"$WORK/eval.csv" 2>"$WORK/eval.log" ||
  { cat "$WORK/eval.log" >&2; die "mddnet eval of the one-step model failed"; }
ok "make-demo, one training step on the bundled inception_v3 teacher and eval work ($(wc -l <"$WORK/eval.csv") CSV lines)"

export QT_QPA_PLATFORM=offscreen
v="$(sandbox /usr/bin/mddnet-inspector --version 2>/dev/null)"
[[ "$v" == "MDD-Net Inspector $UPSTREAM" ]] || die "mddnet-inspector --version printed '$v', expected 'MDD-Net Inspector $UPSTREAM'"
sandbox /usr/bin/mddnet-inspector --help 2>/dev/null | grep -q -- "--demo" ||
  die "mddnet-inspector --help does not list its options"
ok "mddnet-inspector --version: $v; --help lists the options"

# Waits up to $2 seconds for a line matching $3 in file $1 while process $4 lives.
wait_for() {
  local i
  for ((i = 0; i < $2 * 2; i++)); do
    grep -q -E "$3" "$1" 2>/dev/null && return 0
    kill -0 "$4" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

# Offscreen: Qt's accessibility log records the main window once it is shown.
QT_LOGGING_RULES="qt.qpa.plugin.debug=true;qt.accessibility.cache.debug=true" \
  sandbox timeout 90 /usr/bin/mddnet-inspector >"$WORK/gui.log" 2>&1 &
gui=$!
wait_for "$WORK/gui.log" 60 'role=Window .*obj=mddui::MainWindow' "$gui" ||
  { tail -n 20 "$WORK/gui.log" >&2; die "mddnet-inspector (offscreen) showed no main window within 60 s"; }
sleep 2
kill -0 "$gui" 2>/dev/null || { tail -n 20 "$WORK/gui.log" >&2; die "mddnet-inspector exited after showing its window"; }
kill -TERM "$gui"
rc=0
wait "$gui" || rc=$?
[[ $rc -eq 143 || $rc -eq 124 ]] || die "mddnet-inspector (offscreen) ended with exit code $rc"
grep -q 'Successfully loaded Qt platform plugin "offscreen"' "$WORK/gui.log" || die "the offscreen platform plugin was not loaded"
ok "mddnet-inspector started offscreen, showed its main window and ran until stopped"

# On an X server: the xcb platform plugin maps the main window (WM_CLASS
# "mddnet-inspector", as StartupWMClass in the desktop entry says), at least 400x300.
unset QT_QPA_PLATFORM
# shellcheck disable=SC2016  # the inner script's own arguments
sandbox xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  /usr/bin/mddnet-inspector >"$1" 2>&1 &
  pid=$!
  want="\"MDD-Net Inspector\": \(\"mddnet-inspector\" \"MDD-Net Inspector\"\) +([4-9][0-9]{2}|[0-9]{4,})x([3-9][0-9]{2}|[0-9]{4,})\+"
  for ((i = 0; i < 120; i++)); do
    if xwininfo -root -tree 2>/dev/null | grep -q -E "$want"; then
      xwininfo -root -tree | grep -E "$want" | head -n 1 > "$2"
      break
    fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.5
  done
  kill $pid 2>/dev/null; wait $pid 2>/dev/null; true' xcb "$WORK/xcb.log" "$WORK/xwin.txt"
[[ -s "$WORK/xwin.txt" ]] ||
  { tail -n 20 "$WORK/xcb.log" >&2; die "mddnet-inspector mapped no window named 'MDD-Net Inspector' on Xvfb within 60 s"; }
ok "mddnet-inspector on Xvfb (xcb) mapped its main window: $(sed 's/^ *//' "$WORK/xwin.txt" | cut -c1-100)"

step "remove"
mapfile -t pulled <"$WORK/pulled.txt"
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq "$PKG" "${pulled[@]}" >/dev/null
INSTALLED_BY_US=0
! dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "ok installed" || die "$PKG is still installed after apt-get remove --purge"
left=0
while IFS= read -r path; do
  [[ "$path" == "/." ]] && continue
  if [[ -d "$path" && ! -L "$path" ]]; then
    # Shared folders (/usr/bin, /usr/share/icons/...) stay; the package's own do not.
    case "$path" in /usr/share/mddnet | /usr/share/mddnet/* | "/usr/share/doc/$PKG")
      echo "left behind: $path" >&2; left=$((left + 1)) ;;
    esac
  elif [[ -e "$path" || -L "$path" ]]; then
    echo "left behind: $path" >&2; left=$((left + 1))
  fi
done <"$WORK/files.txt"
[[ $left -eq 0 ]] || die "$left paths of $PKG are left after apt-get remove --purge"
ok "removed; none of the $(wc -l <"$WORK/files.txt") package paths is left"

printf '\n%s: PASS in %d s (%d s of it waiting for %s): %s (%s KiB installed), %s\n' "$PROG" \
  $((SECONDS - START)) "$LOCK_WAIT" "${MDD_BUILD_LOCK:-no lock}" \
  "$(basename "$DEB")" "$(dpkg-deb -f "$DEB" Installed-Size)" "$(basename "$TGZ")"
