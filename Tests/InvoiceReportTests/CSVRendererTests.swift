import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

@Suite struct CSVRendererTests {
    @Test func frenchUsesSemicolonAndBOM() {
        let csv = CSVRenderer(language: .fr).render(ReportSample.journal())
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(csv.hasPrefix("\u{FEFF}fichier;ligne;gravité;règle;document;message;référence;feuille;élément\r\n"))
    }

    @Test func englishUsesCommaWithoutBOM() {
        let csv = CSVRenderer(language: .en).render(ReportSample.journal())
        #expect(csv.hasPrefix("file,line,severity,rule,document,message,reference,sheet,element\r\n"))
    }

    @Test func everyLineEndsWithCRLF() {
        let csv = CSVRenderer(language: .en).render(ReportSample.journal())
        let bytes = Array(csv.utf8)
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            // A bare LF may only sit inside a quoted field (the two-line message).
            if index == 0 || bytes[index - 1] != 0x0D {
                #expect(csv.contains("\"'-draft; to check\non two lines\""))
            }
        }
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func quotesFieldsWithSeparatorQuoteOrBreak() {
        let csv = CSVRenderer(language: .fr).render(ReportSample.journal())
        // The file name contains ';' and quotes, so it is quoted with its quotes doubled.
        #expect(csv.contains("\r\n\"ventes; 2025 \"\"Q1\"\".csv\";5;erreur;rejet;;montant illisible '=1,2,3';;;Total HT\r\n"))
        // A comma needs no quotes with ';' as separator.
        #expect(csv.contains(";CGI ann. II art. 242 nonies A, I-7°; BOI") == false)
        #expect(csv.contains(";\"CGI ann. II art. 242 nonies A, I-7°; BOI-TVA-DECLA-30-20-20-10 §§ 70-100\";;\r\n"))
    }

    @Test func neutralisesFormulaCells() {
        let csv = CSVRenderer(language: .en).render(ReportSample.journal())
        #expect(csv.contains("\r\n\"'=HYPERLINK(\"\"x\"\") & <b>.xml\",1,error,BR-CO-15,'=1+1,"))
        #expect(csv.contains(",\"'-draft; to check\non two lines\","))
        #expect(!csv.contains(",=1+1,"))
    }

    @Test func linesKeepNumbersAndNeutraliseText() {
        let french = LinesCSVRenderer(language: .fr).render(ReportSample.journal())
        #expect(french.contains(";-12,50;-12,50;S;5,5\r\n"))
        #expect(french.contains(";'=cmd|' /C calc'!A0;1;\"Lampe \"\"Arc\"\" <E27>, 60 W; à poser\";2;C62;49,90;99,80;S;20\r\n"))
        #expect(french.contains(";'@Hôtel;2;\"'+remise\r\nfidélité\";1;;-12,50;"))
        let english = LinesCSVRenderer(language: .en).render(ReportSample.journal())
        #expect(english.contains(",-12.50,-12.50,S,5.5\r\n"))
        #expect(english.hasPrefix("file,line,document,issue date,seller,buyer,line id,description,quantity,unit,net price,net amount,VAT category,VAT rate\r\n"))
    }

    @Test func linesWithoutRecordsGiveHeaderOnly() {
        let csv = LinesCSVRenderer(language: .en).render(ReportSample.journal(withLines: false))
        #expect(csv == "file,line,document,issue date,seller,buyer,line id,description,quantity,unit,net price,net amount,VAT category,VAT rate\r\n")
    }
}
