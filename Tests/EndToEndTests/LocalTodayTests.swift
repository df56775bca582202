import Foundation
import Testing

/// "Today" for FR-MENT-12 is the local date of the process's time zone (`TZ`), so an invoice
/// issued today just after midnight in Paris is not after today; `SOURCE_DATE_EPOCH` gives the
/// UTC date of that moment, whatever the time zone.
@Suite struct LocalTodayTests {
    /// The date at `hours` from UTC now, as `yyyy-mm-dd`.
    static func today(hoursFromUTC hours: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: hours * 3600) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    static func folder(dated iso: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-today-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let parts = iso.split(separator: "-")
        let csv = "N° facture;Date;Client;Total HT;TVA;Total TTC\nFA-2026-0001;\(parts[2])/\(parts[1])/\(parts[0]);Dupont SARL;100,00;20,00;120,00\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("tz.csv"))
        return folder
    }

    /// UTC+14 (`TZ=UTC-14` in POSIX notation) and UTC−12 are always one or two days apart, so an
    /// invoice dated today at UTC+14 is after today at UTC−12 and never after today at UTC+14.
    @Test func todayFollowsTheTimeZone() throws {
        for _ in 0..<2 {
            let ahead = Self.today(hoursFromUTC: 14)
            let behind = Self.today(hoursFromUTC: -12)
            let folder = try Self.folder(dated: ahead)
            defer { try? FileManager.default.removeItem(at: folder) }
            let east = try ToolRunner.run(["check", "tz.csv", "--lang", "en"], environment: ["TZ": "UTC-14"], workingDirectory: folder)
            let west = try ToolRunner.run(["check", "tz.csv", "--lang", "en"], environment: ["TZ": "UTC+12"], workingDirectory: folder)
            // A day that ended during the runs makes the dates above stale: try again.
            guard Self.today(hoursFromUTC: 14) == ahead, Self.today(hoursFromUTC: -12) == behind else { continue }
            #expect(!east.stdout.contains("FR-MENT-12"))
            #expect(west.stdout.contains(
                "tz.csv:2: error: [FR-MENT-12] document 'FA-2026-0001' is dated \(ahead), after today (\(behind)): correct the issue date\n"))
            let westFR = try ToolRunner.run(["check", "tz.csv", "--lang", "fr"], environment: ["TZ": "UTC+12"], workingDirectory: folder)
            let frenchDate = behind.split(separator: "-").reversed().joined(separator: "/")
            let frenchIssue = ahead.split(separator: "-").reversed().joined(separator: "/")
            #expect(westFR.stdout.contains("FR-MENT-12") && westFR.stdout.contains(frenchDate) && westFR.stdout.contains(frenchIssue))
            return
        }
        Issue.record("the date changed during both attempts")
    }

    /// 1765065600 is 2025-12-07 00:00 UTC, still 2025-12-06 at UTC−12: the reproducible date is UTC's.
    @Test func sourceDateEpochGivesTheUTCDate() throws {
        let folder = try Self.folder(dated: "2025-12-07")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRunner.run(
            ["check", "tz.csv", "--lang", "en"], environment: ["TZ": "UTC+12", "SOURCE_DATE_EPOCH": "1765065600"], workingDirectory: folder)
        #expect(!result.stdout.contains("FR-MENT-12"))
        let dayBefore = try ToolRunner.run(
            ["check", "tz.csv", "--lang", "en"], environment: ["TZ": "UTC-14", "SOURCE_DATE_EPOCH": "1765065599"], workingDirectory: folder)
        #expect(dayBefore.stdout.contains(
            "tz.csv:2: error: [FR-MENT-12] document 'FA-2026-0001' is dated 2025-12-07, after today (2025-12-06): correct the issue date\n"))
    }
}
