#!/usr/bin/env bash
# Builds factcheck in release mode and installs it under PREFIX:
#   PREFIX/bin/factcheck and PREFIX/share/factcheck/{Corpus,Rules}
# Usage: Scripts/install.sh PREFIX
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 PREFIX" >&2
  exit 64
fi
prefix=$1
cd "$(dirname "$0")/.."

# The Swift runtime and Foundation are linked into the binary (`--static-swift-stdlib`), in a
# build folder of their own so that the usual `.build` is not rebuilt: the installed binary
# then runs where no Swift toolchain is installed (it needs only libicu and libxml2), and it
# starts faster, since the dynamic linker no longer resolves the Swift libraries' symbols at
# every start (see Performance in the README). Link-time optimisation across the modules
# (SwiftPM's `--experimental-lto-mode=full`) takes about 4% off an audit's CPU time and twice
# as long to build; a toolchain whose `swift build --help-hidden` does not list the flag
# builds without it.
build=(swift build -c release --static-swift-stdlib)
if [[ "$(swift build --help-hidden 2>/dev/null)" == *--experimental-lto-mode* ]]; then
  build+=(--build-path .build-static --experimental-lto-mode=full)
else
  echo "install.sh: this swift build has no --experimental-lto-mode; building without it" >&2
  build+=(--build-path .build-static-nolto)
fi
"${build[@]}" --product factcheck
bin_dir=$("${build[@]}" --show-bin-path)

mkdir -p "$prefix/bin" "$prefix/share/factcheck"
install -m 755 "$bin_dir/factcheck" "$prefix/bin/factcheck"
for dir in Corpus Rules; do
  if [ -d "$dir" ]; then
    rm -rf "${prefix:?}/share/factcheck/$dir"
    cp -R "$dir" "$prefix/share/factcheck/$dir"
  fi
done
echo "installed $prefix/bin/factcheck and $prefix/share/factcheck"
