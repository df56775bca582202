import Foundation
import Testing

/// `--db` naming a folder, or a file in a folder that does not exist, gets a message naming the case.
@Suite struct StoreLocationTests {
    @Test func folderAsStoreIsRejected() throws {
        let scratch = try StoreCommandTests.Scratch()
        let folder = scratch.path("dirdb")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        let check = try ToolRunner.run(["check", "--db", folder, "--lang", "en"])
        #expect(check.status == 2)
        #expect(check.stderr == "facturaudit: '\(folder)' is a folder: give a file name for the store, such as '\(folder)/invoices.db'\n")
        let imported = try ToolRunner.run(["import", csv, "--db", folder, "--lang", "fr"])
        #expect(imported.status == 2)
        #expect(
            imported.stderr
                == "facturaudit : '\(folder)' est un dossier : indiquez un nom de fichier pour la base, par exemple "
                + "'\(folder)/factures.db'\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func folderWithTrailingSlashHasOneSlash() throws {
        let scratch = try StoreCommandTests.Scratch()
        let folder = scratch.path("dirdb")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let english = try ToolRunner.run(["check", "--db", folder + "/", "--lang", "en"])
        #expect(english.status == 2)
        #expect(
            english.stderr
                == "facturaudit: '\(folder)/' is a folder: give a file name for the store, such as '\(folder)/invoices.db'\n")
        let french = try ToolRunner.run(["verify", "--db", folder + "//", "--lang", "fr"])
        #expect(french.status == 2)
        #expect(
            french.stderr
                == "facturaudit : '\(folder)//' est un dossier : indiquez un nom de fichier pour la base, par exemple "
                + "'\(folder)/factures.db'\n")
        let root = try ToolRunner.run(["check", "--db", "/", "--lang", "en"])
        #expect(root.stderr == "facturaudit: '/' is a folder: give a file name for the store, such as '/invoices.db'\n")
    }

    @Test func storeInMissingFolderIsRejected() throws {
        let scratch = try StoreCommandTests.Scratch()
        let missing = scratch.path("nonexistent")
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        let imported = try ToolRunner.run(["import", csv, "--db", missing + "/x.db", "--lang", "en"])
        #expect(imported.status == 2)
        #expect(
            imported.stderr
                == "facturaudit: folder '\(missing)' of store '\(missing)/x.db' does not exist: create it or give another path\n")
        let verify = try ToolRunner.run(["verify", "--db", missing + "/x.db", "--lang", "fr"])
        #expect(verify.status == 2)
        #expect(
            verify.stderr
                == "facturaudit : le dossier '\(missing)' de la base '\(missing)/x.db' n'existe pas : créez-le ou indiquez un "
                + "autre chemin\n")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
