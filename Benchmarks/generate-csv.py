#!/usr/bin/env python3
"""Writes a large CSV invoice export to standard output, the way French invoicing tools export them.

    python3 Benchmarks/generate-csv.py 200000 > /tmp/invoices.csv
    python3 Benchmarks/generate-csv.py --lines 200000 > /tmp/invoice-lines.csv

The header-level file has one row per invoice (`;`, decimal comma, dd/mm/yyyy dates). The
line-level file (`--lines`) has one row per invoice line, one to four lines per invoice, and
repeats the invoice totals on each row. Every invoice is consistent (HT + TVA = TTC, lines add up to
HT), one seller numbers them FA-2025-000001 onwards, and dates never go backwards, so the audit
finds little and the time measured is mostly import. The output depends only on the arguments.
"""
import argparse
import random
import sys

HEADER = "N° facture;Date;Type;Émetteur;SIREN émetteur;Client;SIREN client;Total HT;TVA;Total TTC;Statut"
LINE_HEADER = (
    "N° facture;Date;Type;Émetteur;SIREN émetteur;Client;SIREN client;Désignation;Quantité;"
    "Prix unitaire HT;Montant ligne HT;Taux TVA;Total HT;TVA;Total TTC;Statut"
)
STATUSES = ["Payée", "Émise", "Payée", "Payée", "Réglée"]


def cents(value):
    """Formats integer cents with a decimal comma."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    return f"{sign}{value // 100},{value % 100:02d}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, help="number of data rows to write")
    parser.add_argument("--lines", action="store_true", help="one row per invoice line")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    out = sys.stdout
    out.write((LINE_HEADER if args.lines else HEADER) + "\n")
    written = 0
    invoice = 0
    while written < args.rows:
        invoice += 1
        # 365 days over the whole file, so dates never go backwards.
        day_of_year = min(364, invoice * 365 // max(1, args.rows))
        month, day = month_day(day_of_year)
        date = f"{day:02d}/{month:02d}/2025"
        client = rng.randrange(1, 5000)
        client_siren = siren(10000000 + client * 7919 % 89999999)
        status = STATUSES[invoice % len(STATUSES)]
        prefix = f"FA-2025-{invoice:06d};{date};Facture;Atelier;812476356;Client {client};{client_siren}"
        if not args.lines:
            net = rng.randrange(100, 500000)
            vat = (net * 20 + 50) // 100
            out.write(f"{prefix};{cents(net)};{cents(vat)};{cents(net + vat)};{status}\n")
            written += 1
            continue
        count = min(rng.randrange(1, 5), args.rows - written)
        lines = []
        for number in range(count):
            quantity = rng.randrange(1, 10)
            price = rng.randrange(100, 50000)
            lines.append((f"Article {number + 1}", quantity, price, quantity * price))
        net = sum(line[3] for line in lines)
        vat = (net * 20 + 50) // 100
        for name, quantity, price, amount in lines:
            out.write(
                f"{prefix};{name};{quantity};{cents(price)};{cents(amount)};20;"
                f"{cents(net)};{cents(vat)};{cents(net + vat)};{status}\n")
        written += count


def siren(stem):
    """Appends the Luhn check digit to an 8-digit stem, so the SIREN passes FR-MENT-05."""
    digits = [int(c) for c in str(stem)]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        doubled = digit * 2 if position % 2 == 0 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return f"{stem}{(10 - total % 10) % 10}"


def month_day(day_of_year):
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for month, length in enumerate(lengths, start=1):
        if day_of_year < length:
            return month, day_of_year + 1
        day_of_year -= length
    return 12, 31


if __name__ == "__main__":
    main()
