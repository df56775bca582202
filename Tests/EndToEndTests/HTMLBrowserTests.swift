import Foundation
import Testing

/// The demo's HTML journal opened in headless Chromium (Debian's `chromium` package, installed
/// for CI by `scripts/setup.sh --with-browser`). Skipped where no browser is installed.
@Suite(.serialized) struct HTMLBrowserTests {
    static let browser = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs the browser on a local file with every host name mapped to an unresolvable address,
    /// so even a bug that put a URL in the page could not reach the network.
    static func runBrowser(_ arguments: [String], page: URL) throws -> (status: Int32, stdout: String, log: String) {
        let scratch = page.deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(browser))
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pings",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
            "--enable-logging=stderr", "--v=1",
        ] + arguments + [page.absoluteString]
        let outURL = scratch.appendingPathComponent("browser.out")
        let logURL = scratch.appendingPathComponent("browser.log")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: logURL)
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": scratch.path]
        try process.run()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            String(decoding: try Data(contentsOf: logURL), as: UTF8.self)
        )
    }

    @Test(.enabled(if: browser != nil, "Chromium is not installed: run scripts/setup.sh --with-browser"),
          .timeLimit(.minutes(2)))
    func demoReportRendersOffline() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let page = scratch.appendingPathComponent("demo.en.html")
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "html", "--lang", "en", "--output", page.path])
        #expect(result.status == 1)

        let browser = try Self.runBrowser(["--dump-dom"], page: page)
        #expect(browser.status == 0)
        let dom = browser.stdout
        #expect(dom.contains("<h1>Billing journal</h1>"))
        #expect(dom.contains("<code class=\"gap\">FA-2024-0007</code> (1 missing number)"))
        #expect(dom.contains("<title>2025-04 · error: 2</title>"))
        #expect(dom.contains("credit note 'AV-2025-0002' credits 3000.00, more than the total 2880.00 of invoice 'FA-2025-0003'"))

        let requests = Self.pageRequests(browser.log)
        #expect(requests.isEmpty, "\(requests.prefix(5))")
    }

    /// Returns the network requests Chromium logged at `--v=1`, less those of its own background
    /// services (update, time and account checks), which it starts for any page.
    static func pageRequests(_ log: String) -> [String] {
        // NOTE: these are the background hosts Debian's Chromium 156 requested. A later version
        // may add one, and this test would then report it as a page request.
        let browserHosts = ["google.com/", "googleapis.com/", "gvt1.com/"]
        return log.split(separator: "\n").compactMap { line -> String? in
            guard let marker = line.range(of: "NotifyBeforeURLRequest: ") else { return nil }
            let url = String(line[marker.upperBound...])
            return browserHosts.contains { url.contains($0) } ? nil : url
        }
    }

    /// Shows that the request log check can fail: a page without the policy that loads an image.
    @Test(.enabled(if: browser != nil, "Chromium is not installed: run scripts/setup.sh --with-browser"),
          .timeLimit(.minutes(2)))
    func requestLogShowsExternalLoads() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let page = scratch.appendingPathComponent("probe.html")
        try Data("<!DOCTYPE html><p>probe</p><img src=\"http://facturaudit-probe.invalid/x.png\">".utf8).write(to: page)
        let browser = try Self.runBrowser(["--dump-dom"], page: page)
        #expect(Self.pageRequests(browser.log).contains { $0.hasPrefix("http://facturaudit-probe.invalid/") })
    }
}
