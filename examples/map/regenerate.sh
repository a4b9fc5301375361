#!/usr/bin/env bash
# Regenerates the map command's boundary resource from Natural Earth's country boundaries, as packaged in the npm
# package world-atlas. Needs npm (to fetch the package), node (to convert it), tar and openssl. See README.md.
set -euo pipefail

PACKAGE="world-atlas"
VERSION="2.0.2"
# The package's integrity as the npm registry publishes it (the sha512 of the tarball, base64): checked before use.
INTEGRITY="sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
countries="$root/dataset/src/main/resources/org/multilateral/dataset/data/countries.json"
output="$root/examples/src/main/resources/org/multilateral/examples/cli/boundaries.txt"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null)
tarball="$work/$PACKAGE-$VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | openssl base64 -A)"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "regenerate.sh: $PACKAGE $VERSION has integrity $actual, expected $INTEGRITY; stopping." >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work"
node "$here/convert.js" "$work/package" "$countries" "$output"
