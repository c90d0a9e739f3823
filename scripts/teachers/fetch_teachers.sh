#!/usr/bin/env bash
# Fetch the pretrained teacher trunks (ImageNet InceptionV3 / MobileNetV2 lower layers)
# from the npm package nsfwjs@4.3.0 and convert them to tensor archives:
#
#   scripts/teachers/fetch_teachers.sh [--force] OUTDIR
#
# writes OUTDIR/inception_v3.mdda and OUTDIR/mobilenet_v2.mdda, keeps the package
# tarball in OUTDIR/cache/ (re-conversion then needs no network) and records what it
# did in OUTDIR/teachers.stamp. A second run with valid outputs returns at once.
# The only network access is `npm pack` against the npm registry. See docs/TEACHERS.md.
set -euo pipefail

PACKAGE=nsfwjs
VERSION=4.3.0
TARBALL_NAME="${PACKAGE}-${VERSION}.tgz"
# Pinned checksums of nsfwjs-4.3.0.tgz. The sha512 is the registry's dist.integrity.
PINNED_SHA256=4496790efc9bdc6f3e85a826a8e482c1fa1e9db4b3d18c095e98cc0c73cfb12f
PINNED_INTEGRITY='sha512-WTKDte0vp1X97N1h34P79G/hG+sVT3+TnDz9di1WseIJR93v11E4viNX7Vg9WsO6HYoR772Nzq2iM8jo3XBZ+g=='
OUTPUTS=(inception_v3.mdda mobilenet_v2.mdda)

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROG="fetch_teachers.sh"

die() {
  printf '%s: error: %s\n' "$PROG" "$1" >&2
  shift
  local line
  for line in "$@"; do printf '  %s\n' "$line" >&2; done
  exit 1
}

usage() {
  cat <<EOF
usage: $PROG [--force] OUTDIR

Downloads ${PACKAGE}@${VERSION} with 'npm pack' (once; cached in OUTDIR/cache),
verifies its checksum and converts the frozen ImageNet trunks to
OUTDIR/inception_v3.mdda and OUTDIR/mobilenet_v2.mdda.
  --force   convert again even if OUTDIR is up to date
EOF
}

FORCE=0
OUTDIR=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --force) FORCE=1 ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *)
      [[ -z "$OUTDIR" ]] || { usage >&2; die "only one OUTDIR may be given"; }
      OUTDIR="$1"
      ;;
  esac
  shift
done
[[ -n "$OUTDIR" ]] || { usage >&2; exit 2; }

command -v node >/dev/null 2>&1 ||
  die "Node.js is not installed (needed to convert the weights)." \
    "Install it (Debian/Ubuntu: apt-get install nodejs npm) and run this again."
node -e 'process.exit(parseInt(process.versions.node, 10) >= 18 ? 0 : 1)' ||
  die "Node.js $(node --version) is too old; version 18 or newer is needed."

CONVERTER_VERSION="$(node "$HERE/convert_nsfwjs.js" --version)" ||
  die "cannot run $HERE/convert_nsfwjs.js"

mkdir -p "$OUTDIR/cache" || die "cannot create $OUTDIR/cache"
OUTDIR="$(cd "$OUTDIR" && pwd)"
STAMP="$OUTDIR/teachers.stamp"
TARBALL="$OUTDIR/cache/$TARBALL_NAME"

file_size() { stat -c %s "$1" 2>/dev/null || wc -c <"$1"; }

# The stamp lists the package, tarball sha256, converter version and output sizes.
expected_stamp() {
  printf 'package=%s@%s\ntarball_sha256=%s\nconverter_version=%s\n' \
    "$PACKAGE" "$VERSION" "$PINNED_SHA256" "$CONVERTER_VERSION"
  local f
  for f in "${OUTPUTS[@]}"; do printf '%s=%s\n' "$f" "$(file_size "$OUTDIR/$f")"; done
}

up_to_date() {
  [[ -f "$STAMP" ]] || return 1
  local f
  for f in "${OUTPUTS[@]}"; do
    [[ -f "$OUTDIR/$f" ]] || return 1
    [[ "$(head -c 8 "$OUTDIR/$f")" == "MDDARCH1" ]] || return 1
  done
  [[ "$(cat "$STAMP")" == "$(expected_stamp)" ]]
}

# Serialise concurrent runs on the same OUTDIR where flock exists.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$OUTDIR/.fetch_teachers.lock"
  flock 9
fi

if [[ $FORCE -eq 0 ]] && up_to_date; then
  echo "$PROG: teacher weights in $OUTDIR are up to date (${PACKAGE}@${VERSION}, converter v${CONVERTER_VERSION})"
  exit 0
fi

# Prints "OK" or "sha256 <hex> integrity <sri>" for the given file.
check_tarball() {
  # shellcheck disable=SC2016  # JavaScript template literal, not shell
  node -e '
    const crypto = require("crypto"), fs = require("fs");
    const buf = fs.readFileSync(process.argv[1]);
    const s256 = crypto.createHash("sha256").update(buf).digest("hex");
    const sri = "sha512-" + crypto.createHash("sha512").update(buf).digest("base64");
    console.log(s256 === process.argv[2] && sri === process.argv[3] ? "OK" : `sha256 ${s256} integrity ${sri}`);
  ' "$1" "$PINNED_SHA256" "$PINNED_INTEGRITY"
}

TMPDIR_FETCH=""
cleanup() { [[ -z "$TMPDIR_FETCH" ]] || rm -rf "$TMPDIR_FETCH"; }
trap cleanup EXIT

if [[ -f "$TARBALL" ]]; then
  result="$(check_tarball "$TARBALL")"
  if [[ "$result" != OK ]]; then
    echo "$PROG: cached $TARBALL does not match the pinned checksum ($result); downloading it again" >&2
    rm -f "$TARBALL"
  fi
fi

if [[ ! -f "$TARBALL" ]]; then
  command -v npm >/dev/null 2>&1 ||
    die "npm is not installed, and $TARBALL is not cached." \
      "Install npm (Debian/Ubuntu: apt-get install npm) and run this again, or copy" \
      "$TARBALL_NAME (sha256 $PINNED_SHA256) to $TARBALL."
  TMPDIR_FETCH="$(mktemp -d "${TMPDIR:-/tmp}/fetch_teachers.XXXXXX")"
  echo "$PROG: downloading ${PACKAGE}@${VERSION} (25 MB) with npm pack ..."
  if ! (cd "$TMPDIR_FETCH" && npm pack --loglevel=error --ignore-scripts "${PACKAGE}@${VERSION}") >"$TMPDIR_FETCH/npm.log" 2>&1; then
    # npm's summary lines, without the JavaScript stack trace.
    grep -v -E '^npm (error|ERR!) +at ' "$TMPDIR_FETCH/npm.log" | head -n 6 | sed 's/^/  | /' >&2
    die "'npm pack ${PACKAGE}@${VERSION}' failed (see npm's output above)." \
      "Most likely the npm registry cannot be reached: check the network and npm's proxy/registry" \
      "settings ('npm config get registry'), then run this again. Offline, copy $TARBALL_NAME" \
      "(sha256 $PINNED_SHA256) from a machine that has it to $TARBALL."
  fi
  if [[ ! -f "$TMPDIR_FETCH/$TARBALL_NAME" ]]; then
    head -n 12 "$TMPDIR_FETCH/npm.log" | sed 's/^/  | /' >&2
    die "npm pack reported success but did not produce $TARBALL_NAME (npm's output above)."
  fi
  result="$(check_tarball "$TMPDIR_FETCH/$TARBALL_NAME")"
  [[ "$result" == OK ]] ||
    die "checksum mismatch for the downloaded $TARBALL_NAME." \
      "expected sha256 $PINNED_SHA256" \
      "         integrity $PINNED_INTEGRITY" \
      "got      $result" \
      "The download is corrupt or the registry served a different file. Run this again;" \
      "if it persists, do not use the file and report it (the pinned values are in $HERE/fetch_teachers.sh)."
  cp "$TMPDIR_FETCH/$TARBALL_NAME" "$TARBALL.tmp-$$"
  mv -f "$TARBALL.tmp-$$" "$TARBALL"
fi

rm -f "$STAMP"
node "$HERE/convert_nsfwjs.js" "$TARBALL" "$OUTDIR" ||
  die "converting $TARBALL failed (see the message above)." \
    "If the cached tarball is damaged, delete $TARBALL and run this again."

expected_stamp >"$STAMP.tmp-$$"
mv -f "$STAMP.tmp-$$" "$STAMP"
echo "$PROG: wrote ${OUTPUTS[*]} to $OUTDIR"
