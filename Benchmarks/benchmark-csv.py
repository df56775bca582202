#!/usr/bin/env python3
"""Times `facturaudit check` on large generated CSV exports against Python's csv module.

    swift build -c release
    python3 Benchmarks/benchmark-csv.py                 # 200,000 rows, header and line level
    python3 Benchmarks/benchmark-csv.py --rows 1500000

For each export (one row per invoice, then one row per invoice line) the script writes the file
with generate-csv.py, runs `facturaudit check --format json` on it under `/usr/bin/time -v`, and
prints rows per second, by wall clock and by user CPU time, and peak resident memory. On a machine
shared with other work, the CPU figure is the steadier one. The reference is CPython's `csv` module
reading the same file with `;` as separator and summing the `Total TTC` column as exact
`Decimal`s. It splits and converts cells but applies no rule and builds no document. The ratio
printed is facturaudit rows/s divided by reference rows/s (both by wall clock), so above 1 means
facturaudit is faster.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

REFERENCE = r"""
import csv, sys
from decimal import Decimal
total = Decimal(0)
rows = 0
with open(sys.argv[1], newline="", encoding="utf-8") as handle:
    reader = csv.reader(handle, delimiter=";")
    column = next(reader).index("Total TTC")
    for row in reader:
        total += Decimal(row[column].replace(",", "."))
        rows += 1
print(rows, total)
"""


def timed(command):
    """Runs `command` under /usr/bin/time -v and returns (wall seconds, user CPU seconds, peak RSS in MiB)."""
    run = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"{command[0]} failed with exit {run.returncode}: {run.stderr.strip()[-600:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
    user = re.search(r"User time \(seconds\): ([\d.]+)", run.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    if not wall or not user or not rss:
        sys.exit("could not read the timing of /usr/bin/time -v")
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return seconds, float(user.group(1)), int(rss.group(1)) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--tool", default=str(ROOT / ".build/release/facturaudit"))
    parser.add_argument("--keep", help="folder for the generated files (default: a temporary folder)")
    args = parser.parse_args()
    if not os.access(args.tool, os.X_OK):
        sys.exit(f"{args.tool} not found: run 'swift build -c release' first")

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'export':<14}{'rows':>10}{'MB':>8}{'tool s':>9}{'rows/s':>11}{'CPU s':>8}{'rows/CPU s':>12}{'RSS MiB':>9}"
              f"{'ref s':>8}{'ref rows/s':>12}{'ref MiB':>9}{'ratio':>7}")
        for kind, flags in (("header-level", []), ("line-level", ["--lines"])):
            path = folder / f"{kind}-{args.rows}.csv"
            with open(path, "w", encoding="utf-8") as output:
                subprocess.run([sys.executable, str(HERE / "generate-csv.py"), str(args.rows), *flags], stdout=output, check=True)
            size = path.stat().st_size
            tool_seconds, tool_cpu, tool_rss = timed(
                [args.tool, "check", "--format", "json", "--quiet", "--max-file-size", str(size + 1),
                 "--output", str(folder / f"{kind}.json"), str(path)])
            ref_seconds, _, ref_rss = timed([sys.executable, "-c", REFERENCE, str(path)])
            tool_rate = args.rows / tool_seconds
            ref_rate = args.rows / ref_seconds
            print(f"{kind:<14}{args.rows:>10}{size / 1e6:>8.1f}{tool_seconds:>9.2f}{tool_rate:>11,.0f}"
                  f"{tool_cpu:>8.2f}{args.rows / tool_cpu:>12,.0f}{tool_rss:>9.0f}"
                  f"{ref_seconds:>8.2f}{ref_rate:>12,.0f}{ref_rss:>9.0f}{tool_rate / ref_rate:>7.2f}")


if __name__ == "__main__":
    main()
