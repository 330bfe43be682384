import FactCheckCore
import FactCheckData
import Foundation
import Testing

/// Strict rule loading: every problem is reported at once, at its file, line and column.
@Suite struct RulesLoaderErrorTests {
  /// A rule set bound to a dataset whose only measure is `offences`.
  static let measures: [String: Set<String>] = ["crime": ["offences"]]

  static let goodRule = """
    description: "Recorded offences."
    measure: offences
    forms: [number]
    phrases:
      - "recorded offences"
    examples:
      match:
        - "Police logged 120 recorded offences."

    """

  /// Writes `files` (relative path → text) under a fresh rule set folder with a `ruleset.yml`
  /// bound to `crime`, and returns the folder.
  func ruleSet(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("factcheck-rules-\(UUID().uuidString)").path
    let all = ["ruleset.yml": "dataset: crime\n"].merging(files) { $1 }
    for (relative, text) in all {
      let path = root + "/" + relative
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return root
  }

  /// The diagnostics loading `root` throws; fails the test when it loads.
  func diagnostics(_ root: String) -> [RuleDiagnostic] {
    do {
      let book = try RulesLoader.load(from: root, measures: Self.measures)
      Issue.record("expected a RulesError, loaded \(book.rules.map(\.id))")
      return []
    } catch {
      return error.diagnostics
    }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// Path under the rule set → file text.
    var file: String
    var text: String
    /// Expected diagnostic: file (relative to the set), 1-based line and column, words of the message.
    var line: Int
    var column: Int
    var says: String
    /// How many diagnostics the file gives (a missing `examples` also means no match example).
    var count = 1
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "unknown key", file: "measure/offences.yml",
         text: goodRule.replacingOccurrences(of: "forms:", with: "colour: red\nforms:"),
         line: 3, column: 1, says: "unknown key 'colour'"),
    Case(name: "unknown number form", file: "measure/offences.yml",
         text: goodRule.replacingOccurrences(of: "forms: [number]", with: "forms: [number, percentage]"),
         line: 3, column: 17, says: "unknown number form 'percentage'"),
    Case(name: "phrase starting with a gap", file: "measure/offences.yml",
         text: goodRule.replacingOccurrences(of: "\"recorded offences\"", with: "\"… offences\""),
         line: 5, column: 5, says: "cannot start with a gap"),
    Case(name: "phrase word that is not a single word", file: "measure/offences.yml",
         text: goodRule.replacingOccurrences(of: "\"recorded offences\"", with: "\"police-recorded offences\""),
         line: 5, column: 5, says: "'police-recorded' is not a single word"),
    Case(name: "measure unknown to the bound dataset", file: "measure/offences.yml",
         text: goodRule.replacingOccurrences(of: "measure: offences", with: "measure: burglaries"),
         line: 2, column: 10, says: "unknown measure 'burglaries' in dataset 'crime'"),
    Case(name: "missing examples", file: "measure/offences.yml",
         text: String(goodRule.split(separator: "examples:")[0]),
         line: 1, column: 1, says: "missing required key 'examples'", count: 2),
    Case(name: "YAML syntax error", file: "measure/offences.yml",
         text: "description: \"Recorded offences.\"\nmeasure: offences\nforms: [number\nphrases:\n",
         line: 4, column: 8, says: "invalid YAML"),
  ]

  @Test(arguments: cases)
  func reportsWhereTheProblemIs(_ c: Case) throws {
    let root = try ruleSet([c.file: c.text])
    let found = diagnostics(root)
    #expect(found.count == c.count, "\(found)")
    let d = try #require(found.first)
    #expect(d.file == root + "/" + c.file)
    #expect(d.line == c.line, "line of: \(d)")
    #expect(d.column == c.column, "column of: \(d)")
    #expect(d.message.contains(c.says), "message: \(d.message)")
    #expect(d.description.hasPrefix("\(root)/\(c.file):\(c.line):\(c.column): error: "))
  }

  @Test func theGoodRuleLoads() throws {
    let root = try ruleSet(["measure/offences.yml": Self.goodRule])
    let book = try RulesLoader.load(from: root, measures: Self.measures)
    #expect(book.rules.map(\.id) == ["measure.offences"])
    #expect(book.datasets == ["crime"])
  }

  @Test func unknownCheckKindFolder() throws {
    let root = try ruleSet(["measures/offences.yml": Self.goodRule])
    let found = diagnostics(root)
    #expect(found.count == 1, "\(found)")
    let d = try #require(found.first)
    #expect(d.file == root + "/measures")
    #expect(d.line == 0 && d.column == 0)
    #expect(d.message.contains("unknown check kind folder 'measures'"))
    #expect(d.description == "\(root)/measures: error: \(d.message)")
  }

  @Test func severalProblemsAtOnce() throws {
    let root = try ruleSet([
      "measure/offences.yml": Self.goodRule,
      "measure/typo.yml": Self.goodRule.replacingOccurrences(of: "phrases:", with: "phrase:"),
      "measure/burglary.yml": Self.goodRule.replacingOccurrences(of: "measure: offences", with: "measure: burglaries"),
      "change/broken.yml": "description: [unclosed\n",
      "weird/x.yml": Self.goodRule,
    ])
    let found = diagnostics(root)
    let byFile = Dictionary(grouping: found) { ($0.file as NSString).lastPathComponent }
    #expect(Set(byFile.keys) == ["typo.yml", "burglary.yml", "broken.yml", "weird"], "\(found)")
    // 'phrase:' is both an unknown key and a missing 'phrases'.
    #expect(byFile["typo.yml"]?.map(\.line).sorted() == [1, 4])
    #expect(byFile["burglary.yml"]?.first?.line == 2)
    #expect(byFile["broken.yml"]?.first?.message.contains("invalid YAML") == true)
  }

  @Test func duplicateRuleIdsAcrossSets() throws {
    let a = try ruleSet(["measure/offences.yml": Self.goodRule])
    let parent = (a as NSString).deletingLastPathComponent + "/dup-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: a, toPath: parent + "/one")
    try FileManager.default.copyItem(atPath: a, toPath: parent + "/two")
    let found = diagnostics(parent)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("rule id 'measure.offences' is also defined in") == true)
  }
}
