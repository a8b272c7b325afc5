#!/usr/bin/env bash
# Builds the libFuzzer harness for the ASC-WDS reader and validators, then runs it. Everything is
# written under $FUZZ_BUILD (default /tmp/carepath-fuzz); nothing in the project changes, and the
# Swift package never sees this folder.
#
#   Fuzz/fuzz.sh                                   build, then fuzz for 60 seconds
#   Fuzz/fuzz.sh -max_total_time=600 -jobs=2       build, then fuzz with any libFuzzer flags
#   Fuzz/fuzz.sh --build-only                      build only
#   Fuzz/fuzz.sh --no-build [flags]                run the last build
#   $FUZZ_BUILD/fuzz-upload $FUZZ_BUILD/artifacts/crash-<hash>   replay one input
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(dirname "$here")"
build="${FUZZ_BUILD:-/tmp/carepath-fuzz}"
export CAREPATH_SPECS="${CAREPATH_SPECS:-$(dirname "$project")/shared/specs}"
flags=(-parse-as-library -O -g -sanitize=fuzzer,address -swift-version 6 -enable-upcoming-feature ExistentialAny)
# ASCWDS's folders that an upload reaches (Demo and Export are left out).
ascwds_folders=(Findings Files Codes Cells Report Validation Upload Training Workplace Staff)

mode="${1:-}"
if [[ "$mode" == "--build-only" || "$mode" == "--no-build" ]]; then shift; fi

sources() {
    find "$@" -name '*.swift' | sort
}

build_harness() {
    mkdir -p "$build/modules"
    local core=() ascwds=() file folder
    while IFS= read -r file; do core+=("$file"); done < <(sources "$project/Sources/CarepathCore")
    for folder in "${ascwds_folders[@]}"; do
        while IFS= read -r file; do ascwds+=("$file"); done < <(sources "$project/Sources/ASCWDS/$folder")
    done
    echo "building CarepathCore (${#core[@]} files)" >&2
    swiftc "${flags[@]}" -module-name CarepathCore -wmo -c \
        -emit-module -emit-module-path "$build/modules/CarepathCore.swiftmodule" \
        -o "$build/CarepathCore.o" "${core[@]}"
    echo "building ASCWDS (${#ascwds[@]} files)" >&2
    swiftc "${flags[@]}" -module-name ASCWDS -wmo -c -I "$build/modules" \
        -emit-module -emit-module-path "$build/modules/ASCWDS.swiftmodule" \
        -o "$build/ASCWDS.o" "${ascwds[@]}"
    echo "linking $build/fuzz-upload" >&2
    swiftc "${flags[@]}" -module-name FuzzUpload -I "$build/modules" -use-ld=lld \
        -o "$build/fuzz-upload" "$here/FuzzUpload.swift" "$build/CarepathCore.o" "$build/ASCWDS.o"
}

if [[ "$mode" != "--no-build" ]]; then build_harness; fi
if [[ "$mode" == "--build-only" ]]; then exit 0; fi

# The example files seed the corpus; libFuzzer adds what it finds to the same folder.
mkdir -p "$build/corpus" "$build/artifacts"
cp "$CAREPATH_SPECS"/ascwds-examples/{workplace,staff,training}-*.csv "$build/corpus/"
if [[ $# -eq 0 ]]; then set -- -max_total_time=60; fi
cd "$build"
exec ./fuzz-upload -dict="$here/ascwds.dict" -max_len=20000 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$build/artifacts/" -print_final_stats=1 "$@" "$build/corpus"
