import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The demo journal's JUnit and SARIF, read back the way GitLab, Jenkins and code-scanning views
/// read them.
@Suite(.serialized) struct CIReportStructureTests {
    /// Counts the elements of a JUnit document as an XML parser reads them.
    final class JUnitCounter: NSObject, XMLParserDelegate {
        var root: String?
        var rootAttributes: [String: String] = [:]
        var suites: [(attributes: [String: String], testcases: Int, failures: Int, errors: Int)] = []
        var testcaseNames: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if root == nil {
                root = name
                rootAttributes = attributes
            }
            switch name {
            case "testsuite": suites.append((attributes, 0, 0, 0))
            case "testcase":
                suites[suites.count - 1].testcases += 1
                testcaseNames.append(attributes["name"] ?? "")
            case "failure": suites[suites.count - 1].failures += 1
            case "error": suites[suites.count - 1].errors += 1
            default: break
            }
        }
    }

    @Test(arguments: ["fr", "en"])
    func junitCountsAreConsistent(language: String) throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "junit", "--lang", language])
        #expect(result.status == 1)
        let counter = JUnitCounter()
        let parser = XMLParser(data: Data(result.stdout.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "JUnit output is not well-formed XML")
        #expect(counter.root == "testsuites")
        #expect(counter.suites.count == 4)
        for suite in counter.suites {
            #expect(suite.attributes["name"] != nil)
            #expect(suite.attributes["tests"] == String(suite.testcases))
            #expect(suite.attributes["failures"] == String(suite.failures))
            #expect(suite.attributes["errors"] == String(suite.errors))
        }
        #expect(counter.rootAttributes["tests"] == "25")
        #expect(counter.rootAttributes["failures"] == "4")
        #expect(counter.rootAttributes["errors"] == "0")
        #expect(counter.testcaseNames.filter { $0 == "FA-2025-0004" }.count == 2)
    }

    @Test func junitFailsWarningsWithFailOnWarning() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "junit", "--fail-on", "warning"])
        #expect(result.stdout.contains("<testsuites name=\"facturaudit\" tests=\"25\" failures=\"6\" errors=\"0\">"))
    }

    @Test func sarifHasWhatCodeScanningRequires() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "sarif", "--lang", "en"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "facturaudit")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == 7)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let physical = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "fixtures/demo/export-2024-2025.csv")
            #expect(((physical["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
        }
    }

    static let schemaPath = ToolRunner.repositoryRoot
        .appendingPathComponent("../shared/reference/sarif/sarif-schema-2.1.0.json").standardized.path

    /// The SARIF 2.1.0 JSON Schema is not copied into the repository, so this runs only where
    /// the shared reference folder sits beside it.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: schemaPath), "needs ../shared/reference/sarif"),
          arguments: ["fr", "en"])
    func sarifMatchesSchema(language: String) throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.schemaPath)))
        let result = try ToolRunner.run(["check", "fixtures/demo", "fixtures/missing", "--format", "sarif", "--lang", language])
        let instance = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let validator = JSONSchemaValidator(root: schema)
        let problems = validator.validate(instance)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    /// Worksheets and JSON paths go to `logicalLocations`, which the schema must accept too.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: schemaPath), "needs ../shared/reference/sarif"))
    func sarifWithLogicalLocationsMatchesSchema() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.schemaPath)))
        let result = try ToolRunner.run(
            ["check", "fixtures/xlsx/factures.xlsx", "fixtures/json/odoo-moves.json", "--format", "sarif", "--lang", "en"])
        #expect(result.stdout.contains(#""fullyQualifiedName" : "Factures!2""#))
        #expect(result.stdout.contains(#""fullyQualifiedName" : "[3]""#))
        let instance = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let problems = JSONSchemaValidator(root: schema).validate(instance)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test func schemaValidatorCatchesFaults() throws {
        let schema: [String: Any] = [
            "type": "object", "required": ["version"], "additionalProperties": false,
            "properties": [
                "version": ["enum": ["2.1.0"]],
                "runs": ["type": "array", "minItems": 1, "items": ["$ref": "#/definitions/run"]],
            ],
            "definitions": ["run": ["type": "object", "properties": ["n": ["type": "integer", "minimum": 1]]]],
        ]
        let validator = JSONSchemaValidator(root: schema)
        #expect(validator.validate(["version": "2.1.0", "runs": [["n": 1]]]).isEmpty)
        #expect(validator.validate(["version": "2.0"]) == ["/version: value not in enum"])
        #expect(validator.validate(["runs": []]).sorted() == ["/: missing required property 'version'", "/runs: fewer than 1 items"])
        #expect(validator.validate(["version": "2.1.0", "x": 1]) == ["/x: property not allowed"])
        #expect(validator.validate(["version": "2.1.0", "runs": [["n": 0]]]) == ["/runs/0/n: below minimum 1"])
    }
}
