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

swift build -c release --product factcheck
bin_dir=$(swift build -c release --show-bin-path)

mkdir -p "$prefix/bin" "$prefix/share/factcheck"
install -m 755 "$bin_dir/factcheck" "$prefix/bin/factcheck"
for dir in Corpus Rules; do
  if [ -d "$dir" ]; then
    rm -rf "${prefix:?}/share/factcheck/$dir"
    cp -R "$dir" "$prefix/share/factcheck/$dir"
  fi
done
echo "installed $prefix/bin/factcheck and $prefix/share/factcheck"
