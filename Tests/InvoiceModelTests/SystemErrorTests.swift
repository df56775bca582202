import Testing

@testable import InvoiceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File-system errors are written in the report's language, not in the C library's English.
@Suite struct SystemErrorTests {
    @Test func commonCodesHaveBothLanguages() {
        #expect(SystemError.text(ENOSPC) == LocalizedText(fr: "plus de place sur le disque", en: "no space left on the device"))
        #expect(SystemError.text(EACCES) == LocalizedText(fr: "accès refusé", en: "permission denied"))
        #expect(SystemError.text(ENOENT).fr == "fichier ou dossier introuvable")
        #expect(SystemError.text(EISDIR).fr == "c'est un dossier")
        #expect(SystemError.text(EROFS).fr == "système de fichiers en lecture seule")
        #expect(SystemError.text(ENOTDIR).en == "a part of the path is not a folder")
        #expect(SystemError.text(EEXIST).en == "the file already exists")
    }

    @Test func uncommonCodeKeepsItsNumber() {
        let text = SystemError.text(EDOM)
        #expect(text.fr.hasPrefix("erreur système \(EDOM) ("))
        #expect(text.en.hasPrefix("system error \(EDOM) ("))
    }
}
