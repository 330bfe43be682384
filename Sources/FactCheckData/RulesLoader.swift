import FactCheckCore
import Foundation
import Yams

/// Loads phrasing rules from a `Rules/` folder.
///
/// Layout: `Rules/<set>/ruleset.yml` names the dataset a set binds to (or none, for rules that
/// serve every dataset), and `Rules/<set>/<kind>/<name>.yml` holds one rule whose id is
/// `<kind>.<name>`. Loading is strict: unknown keys, wrong types, unknown kinds, forms or
/// measures are all reported at once, each with `file:line:column`.
public enum RulesLoader {
  /// Loads every set under `root` (or `root` itself when it holds a `ruleset.yml`).
  /// - Parameter measures: measure ids per dataset id, to check `measure:` against.
  public static func load(from root: String, measures: [String: Set<String>] = [:]) throws(RulesError)
    -> RuleBook
  {
    var book = RuleBook()
    var problems: [RuleDiagnostic] = []
    let fm = FileManager.default
    let sets: [String]
    if fm.fileExists(atPath: root + "/ruleset.yml") {
      sets = [root]
    } else {
      let names = (try? fm.contentsOfDirectory(atPath: root)) ?? []
      sets = names.sorted().map { root + "/" + $0 }.filter { fm.fileExists(atPath: $0 + "/ruleset.yml") }
      if sets.isEmpty {
        throw RulesError(diagnostics: [RuleDiagnostic(file: root, line: 0, column: 0,
          message: "no rule sets found (a rule set is a folder with a ruleset.yml)")])
      }
    }
    for set in sets {
      var reader = RuleFileReader(file: set + "/ruleset.yml")
      let dataset = reader.readSet()
      problems += reader.problems
      for kind in ((try? fm.contentsOfDirectory(atPath: set)) ?? []).sorted() {
        let dir = set + "/" + kind
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { continue }
        guard let checkKind = CheckKind(rawValue: kind) else {
          problems.append(RuleDiagnostic(file: dir, line: 0, column: 0,
            message: "unknown check kind folder '\(kind)' (expected one of \(CheckKind.allCases.map(\.rawValue).joined(separator: ", ")))"))
          continue
        }
        for file in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        where file.hasSuffix(".yml") || file.hasSuffix(".yaml") {
          let name = (file as NSString).deletingPathExtension
          var r = RuleFileReader(file: dir + "/" + file)
          let known = dataset.flatMap { measures[$0] }
          if let rule = r.readRule(id: "\(kind).\(name)", kind: checkKind, dataset: dataset, knownMeasures: known) {
            book.rules.append(rule)
          }
          problems += r.problems
        }
      }
      if let dataset { book.datasets.insert(dataset) }
    }
    let ids = Dictionary(grouping: book.rules, by: \.id).filter { $0.value.count > 1 }
    for (id, dupes) in ids.sorted(by: { $0.key < $1.key }) {
      problems.append(RuleDiagnostic(file: dupes[1].file, line: 1, column: 1,
        message: "rule id '\(id)' is also defined in \(dupes[0].file)"))
    }
    if !problems.isEmpty { throw RulesError(diagnostics: problems) }
    return book
  }
}

/// The rules loaded, and the datasets their sets bind to.
public struct RuleBook: Sendable {
  public var rules: [Rule] = []
  public var datasets: Set<String> = []
  public init(rules: [Rule] = [], datasets: Set<String> = []) {
    self.rules = rules
    self.datasets = datasets
  }
}

/// A problem in a rule file, at a 1-based line and column (column in Unicode scalars).
public struct RuleDiagnostic: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public var description: String {
    line > 0 ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
  }
}

/// Rule files that could not be loaded; every problem found is listed.
public struct RulesError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [RuleDiagnostic]
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
