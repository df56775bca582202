#!/usr/bin/env python3
"""Compares the EN 16931 rules fired by facturaudit with those of the official Schematron.

Runs `facturaudit check --format json` and the reference oracle (`en16931_oracle.py --summary
--rules auto`) over the same XML and PDF files and lists every file whose fired BR-* sets differ,
with both sets. The oracle reads XML only, so the invoice XML of each PDF is extracted first with
`facturaudit extract`; a PDF without one is left out. Only BR-* ids are compared: the oracle's
syntax rules (UBL-*, CII-*) and our own rules (FA-*, FR-*) are left out, and so are the Factur-X
EXTENDED variants (BR-FXEXT-*) that `facturaudit rules` does not list. A file on which the official XSLT stops with an error (it does on some
schema-invalid input) is listed apart and left out of the count.

    python3 scripts/compare-en16931.py ../shared/reference/*/examples ../shared/corpus

Options: --tool (default .build/debug/facturaudit), --oracle (default
../shared/tools/en16931-oracle/en16931_oracle.py), --python (default $ORACLE_PYTHON or
/tmp/oracle-venv/bin/python), --min-agreement PERCENT (exit 1 below it).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path


def invoice_files(paths):
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".xml", ".pdf"))
        elif path.is_file():
            files.append(path)
    return [str(f) for f in files]


# The BR-FXEXT-* ids facturaudit implements, read from `facturaudit rules` in main().
IMPLEMENTED_EXTENDED = set()


def is_compared(rule):
    if rule.startswith("BR-FXEXT"):
        return rule in IMPLEMENTED_EXTENDED
    return rule.startswith("BR-")


def implemented_extended_rules(tool):
    run = subprocess.run([tool, "rules", "--format", "json"], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"facturaudit rules failed (exit {run.returncode}): {run.stderr.strip()}")
    return {rule["id"] for rule in json.loads(run.stdout) if rule["id"].startswith("BR-FXEXT")}


def extract_pdfs(tool, files, folder):
    """Maps each PDF to the file its embedded invoice XML was written to; PDFs without one are left out."""
    extracted = {}
    for index, path in enumerate(f for f in files if f.lower().endswith(".pdf")):
        target = Path(folder) / f"{index:04d}-{Path(path).stem}.xml"
        run = subprocess.run([tool, "extract", path, "--output", str(target)], capture_output=True, text=True)
        if run.returncode == 0 and target.exists():
            extracted[path] = str(target)
    return extracted


def ours(tool, files):
    """Rule ids fired per file by facturaudit, and the files it could not import."""
    fired = defaultdict(set)
    rejected = set()
    # Chunks keep command lines short; each file is imported and audited on its own.
    for start in range(0, len(files), 200):
        chunk = files[start:start + 200]
        run = subprocess.run(
            [tool, "check", "--format", "json", "--fail-on", "never", "--lang", "en", *chunk],
            capture_output=True, text=True)
        if not run.stdout.strip():
            sys.exit(f"facturaudit printed no report (exit {run.returncode}): {run.stderr.strip()}")
        report = json.loads(run.stdout)
        for finding in report["findings"]:
            if is_compared(finding["rule"]):
                fired[finding["file"]].add(finding["rule"])
        for entry in report["files"]:
            if entry["imported"] == 0:
                rejected.add(entry["path"])
    return fired, rejected


def oracle(python, script, files):
    fired = {}
    run = subprocess.run(
        [python, script, "--rules", "auto", "--summary", *files], capture_output=True, text=True)
    for line in run.stdout.splitlines():
        info = json.loads(line)
        # The official XSLT stops on some schema-invalid input (two URIIDs where one is allowed):
        # it then gives no verdict, which is kept apart instead of read as "no rule fired".
        if "XSLT-ERROR" in info["fired"]:
            fired[info["file"]] = None
            continue
        fired[info["file"]] = {r for r in info["fired"] if is_compared(r)}
    missing = [f for f in files if f not in fired]
    if missing:
        sys.exit(f"the oracle gave no result for {len(missing)} files: {run.stderr.strip()[-500:]}")
    return fired


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--tool", default=".build/debug/facturaudit")
    parser.add_argument("--oracle", default="../shared/tools/en16931-oracle/en16931_oracle.py")
    parser.add_argument("--python", default=os.environ.get("ORACLE_PYTHON", "/tmp/oracle-venv/bin/python"))
    parser.add_argument("--min-agreement", type=float, default=0.0)
    args = parser.parse_args()

    IMPLEMENTED_EXTENDED.update(implemented_extended_rules(args.tool))
    files = invoice_files(args.paths)
    if not files:
        sys.exit("no XML or PDF file under the given paths")
    with tempfile.TemporaryDirectory(prefix="compare-en16931-") as folder:
        extracted = extract_pdfs(args.tool, files, folder)
        skipped = [f for f in files if f.lower().endswith(".pdf") and f not in extracted]
        files = [f for f in files if f not in skipped]
        our_sets, rejected = ours(args.tool, files)
        oracle_input = [extracted.get(f, f) for f in files]
        by_input = oracle(args.python, args.oracle, oracle_input)
        oracle_sets = {f: by_input[extracted.get(f, f)] for f in files}
    oracle_failed = sorted(f for f in files if oracle_sets[f] is None)
    files = [f for f in files if oracle_sets[f] is not None]

    differing = 0
    for path in files:
        mine, theirs = our_sets.get(path, set()), oracle_sets[path]
        # A file facturaudit rejects (an order, a debit note, a format it does not read) agrees
        # when the oracle fires no BR rule on it either.
        if mine != theirs or (path in rejected and theirs):
            differing += 1
            note = " (not imported by facturaudit)" if path in rejected else ""
            print(f"{path}{note}")
            print(f"  facturaudit: {' '.join(sorted(mine)) or '-'}")
            print(f"  oracle:      {' '.join(sorted(theirs)) or '-'}")
            if mine - theirs:
                print(f"  only ours:   {' '.join(sorted(mine - theirs))}")
            if theirs - mine:
                print(f"  only oracle: {' '.join(sorted(theirs - mine))}")
    agreeing = len(files) - differing
    percent = 100.0 * agreeing / len(files) if files else 100.0
    not_imported = sorted(f for f in rejected if f in files)
    if not_imported:
        print(f"not imported by facturaudit, no BR rule fired by the oracle ({len(not_imported)}):")
        for path in not_imported:
            print(f"  {path}")
    if oracle_failed:
        print(f"left out, the official XSLT stopped with an error ({len(oracle_failed)}):")
        for path in oracle_failed:
            print(f"  {path}")
    print(f"{agreeing} of {len(files)} files agree ({percent:.1f} %), {differing} differ; "
          f"{len(skipped)} PDFs without invoice XML left out; {len(oracle_failed)} files the oracle could not check")
    return 1 if percent < args.min_agreement else 0


if __name__ == "__main__":
    sys.exit(main())
