#!/usr/bin/env bash
# Times the import of every XML file under ../shared/corpus (or the folders given as arguments)
# by facturaudit's importers (the ImportBenchmark program, release build) against
# `xmllint --noout` on the same files, each in one process, and prints the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH

if ! command -v xmllint >/dev/null 2>&1; then
    echo "import-benchmark.sh: xmllint is missing; install Debian's libxml2-utils (apt-get install libxml2-utils)" >&2
    exit 2
fi
folders=("$@")
if ((${#folders[@]} == 0)); then folders=(../shared/corpus); fi
mapfile -d '' files < <(find "${folders[@]}" -type f -iname '*.xml' -print0 | sort -z)
if ((${#files[@]} == 0)); then
    echo "import-benchmark.sh: no XML file under ${folders[*]}" >&2
    exit 2
fi

swift build -c release --product ImportBenchmark >&2
benchmark="$(swift build -c release --show-bin-path)/ImportBenchmark"
rounds="${ROUNDS:-20}"

# Best wall time of three runs, in nanoseconds, of the command given as arguments.
best_of_three() {
    local best=0
    for _ in 1 2 3; do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        local elapsed=$((end - start))
        if ((best == 0 || elapsed < best)); then best=$elapsed; fi
    done
    echo "$best"
}

repeat() {
    local command=("$@")
    for ((round = 0; round < rounds; round++)); do "${command[@]}"; done
}

xmllint_ns=$(best_of_three repeat xmllint --noout "${files[@]}")
import_ns=$(best_of_three "$benchmark" --rounds "$rounds" "${files[@]}")
"$benchmark" "${files[@]}"
bytes=$(cat "${files[@]}" | wc -c)
echo "files: ${#files[@]} (${bytes} bytes), rounds: ${rounds}"
awk -v x="$xmllint_ns" -v f="$import_ns" -v n="${#files[@]}" -v r="$rounds" 'BEGIN {
    printf "xmllint --noout: %.1f ms (%d processes), %.0f files/s\n", x / 1e6, r, n * r / (x / 1e9)
    printf "facturaudit import: %.1f ms (1 process), %.0f files/s\n", f / 1e6, n * r / (f / 1e9)
    printf "ratio facturaudit time / xmllint time: %.2f\n", f / x
}'
