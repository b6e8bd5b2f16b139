#!/usr/bin/env bash
# How the vendored H5P player in this folder was obtained: the dist/ folder of the pinned npm release,
# copied as it is, with its licence. Run from this folder to refresh it; bump VERSION deliberately.
set -euo pipefail
VERSION=3.8.2
SHA512=$(npm view "h5p-standalone@${VERSION}" dist.integrity 2>/dev/null)
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
(cd "$workdir" && npm pack --silent "h5p-standalone@${VERSION}" >/dev/null && tar xzf "h5p-standalone-${VERSION}.tgz")
rm -rf "$VERSION"
cp -r "$workdir/package/dist" "$VERSION"
cp "$workdir/package/LICENSE" "$VERSION/LICENSE"
rm -f "$VERSION/h5p.d.ts"
echo "h5p-standalone ${VERSION} (${SHA512})" > "$VERSION/VERSION"
