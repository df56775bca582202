#!/usr/bin/env bash
# Install the build dependencies, build facturaudit and run its test suite.
# Extra arguments go to `swift test` (for example `--filter InvoiceImportTests`).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
if ! command -v swift >/dev/null 2>&1; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

swift build
swift test "$@"
