#!/usr/bin/env bash
# Build facturaudit in release mode and audit the demo exports in fixtures/demo.
# Extra arguments go to `facturaudit check` (for example `--lang en`). The script exits with the
# tool's exit code: the demo data contains seeded faults, so a working build exits with 1.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
if ! command -v swift >/dev/null 2>&1; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

swift build -c release >&2

status=0
.build/release/facturaudit check fixtures/demo "$@" || status=$?
exit "$status"
