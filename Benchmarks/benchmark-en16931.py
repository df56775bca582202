#!/usr/bin/env python3
"""Times facturaudit's EN 16931 audit against the reference oracle on the same files.

    swift build -c release
    python3 Benchmarks/benchmark-en16931.py

Two file sets: the official EN 16931 UBL and CII examples (when ../shared is present) and one
generated UBL invoice of 4,000 lines. Each tool audits each set in one process; the wall time
includes process start (and, for the oracle, compiling the Schematron stylesheets). The best of
`--repeat` runs is kept, and the ratio oracle ÷ facturaudit is printed per set.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def best_time(command, repeat):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        run = subprocess.run(command, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if run.returncode not in (0, 1):
            sys.exit(f"{command[0]} failed with exit {run.returncode}: {run.stderr.strip()[-400:]}")
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", default=str(ROOT / ".build/release/facturaudit"))
    parser.add_argument("--reference", default=str(ROOT.parent / "shared/reference"))
    parser.add_argument("--oracle", default=str(ROOT.parent / "shared/tools/en16931-oracle/en16931_oracle.py"))
    parser.add_argument("--python", default=os.environ.get("ORACLE_PYTHON", "/tmp/oracle-venv/bin/python"))
    parser.add_argument("--lines", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    if not Path(args.tool).exists():
        sys.exit(f"'{args.tool}' not found: build it with 'swift build -c release'")
    workdir = Path(tempfile.mkdtemp(prefix="facturaudit-bench-"))
    generated = workdir / f"invoice-{args.lines}.xml"
    with generated.open("w", encoding="utf-8") as output:
        subprocess.run([sys.executable, str(HERE / "generate-invoice.py"), str(args.lines)], stdout=output, check=True)

    reference = Path(args.reference)
    examples = sorted(
        str(path) for folder in ("en16931-ubl/examples", "en16931-cii/examples")
        for path in (reference / folder).glob("*.xml"))
    sets = [(f"{len(examples)} official examples", examples)] if examples else []
    sets.append((f"generated invoice, {args.lines} lines", [str(generated)]))

    print(f"{'file set':<36} {'facturaudit':>12} {'oracle':>10} {'ratio':>8}")
    for name, files in sets:
        ours = best_time([args.tool, "check", "--format", "json", "--fail-on", "never", *files], args.repeat)
        theirs = best_time([args.python, args.oracle, "--rules", "auto", "--summary", *files], args.repeat)
        print(f"{name:<36} {ours:>11.3f}s {theirs:>9.3f}s {theirs / ours:>7.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
