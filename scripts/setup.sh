#!/usr/bin/env bash
# Install the Debian packages that building and testing facturaudit need, and check that the
# Swift toolchain is reachable. Idempotent: when every package is present it installs nothing
# and does not run apt-get at all.
#
# --with-browser also installs Chromium, which only the HTML report's browser test uses; CI
# passes it, the README's demo and test commands do not, so they stay light.
set -euo pipefail

packages=(libxml2-dev libsqlite3-dev libcsv-dev libqpdf-dev libssl-dev zlib1g-dev pkg-config)
for argument in "$@"; do
    case "$argument" in
        --with-browser) packages+=(chromium) ;;
        *)
            echo "setup.sh: unknown argument '$argument' (expected --with-browser)" >&2
            exit 64
            ;;
    esac
done

missing=()
for package in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    # apt-get needs root. Use sudo only when we are not root and sudo exists.
    as_root=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            echo "setup.sh: missing packages: ${missing[*]}" >&2
            echo "setup.sh: not running as root and sudo is not installed. Install them as root with:" >&2
            echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
            exit 1
        fi
    fi
    echo "setup.sh: installing ${missing[*]}" >&2
    "${as_root[@]}" apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! command -v swift >/dev/null 2>&1; then
    if [[ -x /opt/swift/usr/bin/swift ]]; then
        # demo.sh and test.sh add this directory to PATH themselves, so only a direct caller needs to.
        echo "setup.sh: swift is not on PATH but was found in /opt/swift/usr/bin. Add it with:" >&2
        echo "  export PATH=/opt/swift/usr/bin:\$PATH" >&2
    else
        echo "setup.sh: swift was not found on PATH nor in /opt/swift/usr/bin." >&2
        echo "setup.sh: install a Swift 6 toolchain for Linux and put its usr/bin directory on PATH." >&2
        exit 1
    fi
fi
