import InvoiceAudit
import InvoiceModel
import Testing

@testable import InvoiceReport

/// How the aging and dunning reports write amounts and lay out their tables.
@Suite struct ReceivablesWordsTests {
    @Test(arguments: [
        ("1848.24", "1\u{202F}848,24", "1848.24"), ("-12345.6", "-12\u{202F}345,60", "-12345.60"), ("0", "0,00", "0.00"),
        ("999.999", "999,999", "999.999"), ("1234567", "1\u{202F}234\u{202F}567,00", "1234567.00"),
    ])
    func amountText(value: String, french: String, english: String) throws {
        let amount = try #require(Amount(parsing: value))
        #expect(ReceivablesWords(language: .fr).amount(amount) == french)
        #expect(ReceivablesWords(language: .en).amount(amount) == english)
        #expect(ReceivablesWords.machineAmount(amount) == english)
    }

    @Test func tableAlignment() {
        var table = TextTable(leftAligned: 2, lastLeftAligned: true)
        table.append(["Invoice", "Buyer", "Due", "Currency"])
        table.append(["FA-1", "Cave Martin", "1\u{202F}848,24", "EUR"])
        table.append(["FA-10", "Alpha", "5,00", "USD†"])
        #expect(
            table.render(indent: "  ")
                == """
                  Invoice  Buyer             Due  Currency
                  FA-1     Cave Martin  1\u{202F}848,24  EUR
                  FA-10    Alpha            5,00  USD†

                """)
    }

    @Test func controlCharactersEscaped() {
        var table = TextTable()
        table.append(["A\u{1B}[31m", "1"])
        #expect(table.render(indent: "") == "A\\u{1B}[31m  1\n")
    }

    @Test func planCountsDays() {
        let steps = [DunningStep(afterDays: 1, level: .reminder), DunningStep(afterDays: 30, level: .formalNotice)]
        #expect(
            ReceivablesWords(language: .en).plan(steps)
                == "Reminder plan: reminder at 1 day, formal notice at 30 days (dunning.steps)")
        #expect(
            ReceivablesWords(language: .fr).plan(steps)
                == "Plan de relance : relance amiable à 1 jour, mise en demeure à 30 jours (dunning.steps)")
    }
}
