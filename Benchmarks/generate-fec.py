#!/usr/bin/env python3
"""Writes a large FEC (Fichier des Écritures Comptables) to standard output.

    python3 Benchmarks/generate-fec.py 100000 > /tmp/847315926FEC20261231.txt

Each of the N sales entries (journal VE) has a customer line (411), a revenue line (706) and a
20 % output VAT line (4457). Every second sale is followed by its payment in the bank journal
(BQ, 512 against 411), which the importer skips. Entries are balanced, numbered FA-2026-000001
onwards without gaps, and dated in order through 2026, `|`-separated with CRLF line ends and
decimal commas. The output depends only on N.
"""

import argparse
import sys

HEADER = (
    "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|"
    "PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise"
)


def amount(cents):
    """Formats an amount in cents with a decimal comma, as a FEC writes it."""
    return f"{cents // 100},{cents % 100:02d}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("entries", type=int, help="number of sales entries to write")
    count = parser.parse_args().entries
    out = sys.stdout
    out.write(HEADER + "\r\n")
    payment = 0
    for number in range(1, count + 1):
        day_of_year = (number - 1) * 365 // count
        month, day = 1, day_of_year + 1
        for length in (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31):
            if day <= length:
                break
            day -= length
            month += 1
        date = f"2026{month:02d}{day:02d}"
        net = 10_000 + (number % 997) * 100
        vat = net // 5
        reference = f"FA-2026-{number:06d}"
        customer = f"C{number % 500:04d}"
        client = f"Client {customer}"
        label = f"Facture {reference} {client}"

        def line(journal, label_, entry, account, account_label, aux, aux_label, piece, text, debit, credit):
            fields = [journal, label_, str(entry), date, account, account_label, aux, aux_label, piece, date, text,
                      debit, credit, "", "", date, "", ""]
            out.write("|".join(fields) + "\r\n")

        line("VE", "Ventes", number, "411000", "Clients", customer, client, reference, label, amount(net + vat), "0,00")
        line("VE", "Ventes", number, "706000", "Prestations de services", "", "", reference, label, "0,00", amount(net))
        line("VE", "Ventes", number, "445710", "TVA collectée 20%", "", "", reference, label, "0,00", amount(vat))
        if number % 2 == 0:
            payment += 1
            piece, text = f"VIR{payment}", f"Virement {reference}"
            line("BQ", "Banque", payment, "512000", "Banque", "", "", piece, text, amount(net + vat), "0,00")
            line("BQ", "Banque", payment, "411000", "Clients", customer, client, piece, text, "0,00", amount(net + vat))

if __name__ == "__main__":
    main()
