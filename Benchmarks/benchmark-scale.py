#!/usr/bin/env python3
"""Times `facturaudit check` on large invoices against `xmllint --noout --huge` on the same files.

    swift build -c release
    python3 Benchmarks/benchmark-scale.py            # --tool PATH, --repeat N, --keep FOLDER

Cases, all written by `generate-invoice.py`: one UBL and one CII invoice of 3 lines with a note
of 30 MB, UBL invoices of 4,000 and 100,000 lines, and a folder of four copies of the
100,000-line invoice. Each case runs in one process per tool under `/usr/bin/time -v`; the best
wall time of `--repeat` runs and the largest peak resident memory (RSS) are kept. The ratio is
facturaudit time ÷ xmllint time, so the machine's load and speed cancel out when both run in the
same session. xmllint only parses; facturaudit parses, maps, runs every rule and writes the JSON
journal.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def timed(command, repeat):
    """Returns the best wall time in seconds and the largest peak RSS in MiB of `command`."""
    best, peak = None, 0
    for _ in range(repeat):
        run = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit(f"{command[0]} failed with exit {run.returncode}: {run.stderr.strip()[-600:]}")
        wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
        seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
        best = seconds if best is None else min(best, seconds)
        peak = max(peak, int(rss.group(1)) / 1024)
    return best, peak


def generate(path, *arguments):
    with path.open("w", encoding="utf-8") as output:
        subprocess.run([sys.executable, str(HERE / "generate-invoice.py"), *arguments], stdout=output, check=True)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", default=str(ROOT / ".build/release/facturaudit"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", help="write the generated files to this folder and keep them")
    args = parser.parse_args()
    if not Path(args.tool).exists():
        sys.exit(f"'{args.tool}' not found: build it with 'swift build -c release'")
    if shutil.which("xmllint") is None:
        sys.exit("xmllint is missing: install Debian's libxml2-utils (apt-get install libxml2-utils)")

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="facturaudit-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    big = generate(folder / "ubl-100000.xml", "100000")
    copies = folder / "copies"
    copies.mkdir(exist_ok=True)
    for index in range(4):
        shutil.copyfile(big, copies / f"copy-{index}.xml")
    cases = [
        ("UBL, 30 MB note", [generate(folder / "ubl-note.xml", "3", "--note-bytes", "30000000")]),
        ("CII, 30 MB note", [generate(folder / "cii-note.xml", "3", "--note-bytes", "30000000", "--syntax", "cii")]),
        ("UBL, 4,000 lines", [generate(folder / "ubl-4000.xml", "4000")]),
        ("UBL, 100,000 lines", [big]),
        ("4 x UBL, 100,000 lines", sorted(copies.glob("*.xml"))),
    ]

    print(f"{'case':<24} {'MB':>6} {'facturaudit':>12} {'peak RSS':>10} {'xmllint':>9} {'peak RSS':>10} {'ratio':>7}")
    for name, files in cases:
        size = sum(path.stat().st_size for path in files) / 1e6
        paths = [str(path) for path in files]
        ours, our_rss = timed([args.tool, "check", "--format", "json", "--fail-on", "never", *paths], args.repeat)
        theirs, their_rss = timed(["xmllint", "--noout", "--huge", *paths], args.repeat)
        print(f"{name:<24} {size:>6.1f} {ours:>11.2f}s {our_rss:>7.0f} MiB {theirs:>8.2f}s {their_rss:>7.0f} MiB {ours / theirs:>7.2f}")
    if not args.keep:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
