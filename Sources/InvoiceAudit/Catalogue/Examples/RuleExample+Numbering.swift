import InvoiceModel

extension RuleExample {
    /// Repeats the reference invoice as a series of one seller: FA-2025-0001 on 2025-01-06,
    /// FA-2025-0002 a week later, and so on, one CSV line each from line 2.
    static func series(_ counters: ClosedRange<Int>) -> [Document] {
        counters.map { counter in
            let issued = ExampleInvoice.date("2025-01-06").adding(days: 7 * (counter - 1))
            return ExampleInvoice.compliant(
                number: "FA-2025-" + InferredNumber.padded(counter, 4), issued: issued.description, line: counter + 1)
        }
    }

    /// Numbering: FR-NUM-* and the migration junction FA-MIG-01.
    static let numberingExamples: [String: RuleExample] = [
        "FR-NUM-01": RuleExample(
            LocalizedText(
                fr: "la facture de référence, émise, mais sans numéro (BT-1)",
                en: "the reference invoice, issued, but without a number (BT-1)")
        ) { $0.number = nil },
        "FR-NUM-02": RuleExample(
            LocalizedText(
                fr: "FA-2025-0001 à FA-2025-0003, puis une seconde FA-2025-0002",
                en: "FA-2025-0001 to FA-2025-0003, then a second FA-2025-0002")
        ) {
            let documents = series(1...3)
            var copy = documents[1]
            copy.source = SourceLocation(file: "export.csv", line: 5)
            return documents + [copy]
        },
        "FR-NUM-03": RuleExample(
            LocalizedText(
                fr: "FA-2025-0001 à FA-2025-0005 sans FA-2025-0003",
                en: "FA-2025-0001 to FA-2025-0005 without FA-2025-0003")
        ) {
            // The lines of the file a user writes from this description: FA-2025-0004 on line 4.
            series(1...5).filter { $0.number != "FA-2025-0003" }.enumerated().map { index, document in
                var moved = document
                moved.source = SourceLocation(file: document.source.file, line: index + 2)
                return moved
            }
        },
        "FR-NUM-04": RuleExample(
            LocalizedText(
                fr: "FA-2025-0003 datée d'avant FA-2025-0002",
                en: "FA-2025-0003 dated before FA-2025-0002")
        ) {
            var documents = series(1...3)
            documents[2].issueDate = ExampleInvoice.date("2025-01-10")
            return documents
        },
        "FR-NUM-05": RuleExample(
            LocalizedText(
                fr: "FA-2025-0001 à FA-2025-0004, puis le compteur repart à FA-2025-0001 en mars",
                en: "FA-2025-0001 to FA-2025-0004, then the counter starts again at FA-2025-0001 in March")
        ) {
            var restart = ExampleInvoice.compliant(number: "FA-2025-0001", issued: "2025-03-03", line: 6)
            restart.dueDate = ExampleInvoice.date("2025-04-02")
            return series(1...4) + [restart]
        },
        "FR-NUM-06": RuleExample(
            LocalizedText(
                fr: "des numéros sans année, F-1 à F-3 en 2024, puis de nouveau F-1 à F-3 en 2025",
                en: "numbers without a year, F-1 to F-3 in 2024, then F-1 to F-3 again in 2025")
        ) {
            (1...3).flatMap { counter in
                [
                    ExampleInvoice.compliant(number: "F-\(counter)", issued: "2024-0\(counter)-10", line: 1 + counter),
                    ExampleInvoice.compliant(number: "F-\(counter)", issued: "2025-0\(counter)-10", line: 4 + counter),
                ]
            }
        },
        "FR-NUM-07": RuleExample(
            LocalizedText(
                fr: "FA-2025-0001 à FA-2025-0003, puis un brouillon numéroté FA-2025-0004",
                en: "FA-2025-0001 to FA-2025-0003, then a draft numbered FA-2025-0004")
        ) {
            var documents = series(1...4)
            documents[3].isDraft = true
            documents[3].status = .draft
            return documents
        },
        "FA-MIG-01": RuleExample(
            LocalizedText(
                fr: "l'ancien outil exporte FA-2025-0001 à FA-2025-0004, le nouveau reprend à FA-2025-0003",
                en: "the old tool exports FA-2025-0001 to FA-2025-0004, the new one starts again at FA-2025-0003")
        ) {
            let newer = series(3...5).map { document -> Document in
                var moved = document
                moved.issueDate = moved.issueDate.map { $0.adding(days: 28) }
                moved.dueDate = moved.issueDate.map { $0.adding(days: 30) }
                moved.source = SourceLocation(file: "nouvel-outil/factures.csv", line: (moved.source.line ?? 0) - 2)
                return moved
            }
            return [Source("ancien-outil/", series(1...4)), Source("nouvel-outil/", newer)]
        },
        "FA-NUM-01": RuleExample(
            LocalizedText(
                fr: "FA-2025-0001 et FA-2025-0002, puis une facture numérotée « DEVIS-ACME », sans chiffre",
                en: "FA-2025-0001 and FA-2025-0002, then an invoice numbered \"DEVIS-ACME\", without digits")
        ) {
            var documents = series(1...3)
            documents[2].number = "DEVIS-ACME"
            return documents
        },
        "FA-NUM-02": RuleExample(
            LocalizedText(
                fr: "l'ancien outil exporte FA-2025-0001 à FA-2025-0003 sans colonne vendeur, le nouveau FA-2025-0004 et FA-2025-0005 sans vendeur non plus",
                en: "the old tool exports FA-2025-0001 to FA-2025-0003 without a seller column, the new one FA-2025-0004 and FA-2025-0005 without a seller either")
        ) {
            func withoutSeller(_ documents: [Document], file: String) -> [Document] {
                documents.map { document in
                    var anonymous = document
                    anonymous.seller = nil
                    anonymous.source = SourceLocation(file: file, line: document.source.line)
                    return anonymous
                }
            }
            return [
                Source("ancien-outil/", withoutSeller(series(1...3), file: "ancien-outil/factures.csv")),
                Source("nouvel-outil/", withoutSeller(series(4...5), file: "nouvel-outil/factures.csv")),
            ]
        },
        "FR-NUM-09": RuleExample(
            LocalizedText(
                fr: "la série FA-{yyyy}-{counter:4} est réservée à l'établissement 81247635600017, mais FA-2025-0003 vient de l'établissement 81247635600025",
                en: "series FA-{yyyy}-{counter:4} is kept for establishment 81247635600017, but FA-2025-0003 comes from establishment 81247635600025"),
            configuration: AuditConfiguration(series: [
                SeriesConfiguration(pattern: pattern("FA-{yyyy}-{counter:4}"), establishment: "81247635600017")
            ])
        ) {
            var documents = series(1...3)
            documents[2].seller?.siret = "81247635600025"
            return documents
        },
    ]

    /// Parses a pattern written by an example. A typo is a programming error, so it traps.
    static func pattern(_ text: String) -> NumberPattern {
        guard let pattern = try? NumberPattern(parsing: text) else { preconditionFailure("example pattern '\(text)' is invalid") }
        return pattern
    }
}
