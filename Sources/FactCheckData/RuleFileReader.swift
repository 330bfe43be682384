import FactCheckCore
import Foundation
import Yams

/// Reads one rule file through Yams nodes, so each problem keeps its line and column.
struct RuleFileReader {
  let file: String
  var problems: [RuleDiagnostic] = []

  init(file: String) { self.file = file }

  static let ruleKeys: Set<String> = [
    "description", "link", "level", "measure", "phrases", "forms", "direction", "area", "reason",
    "window", "priority", "examples", "unless", "compare_with",
  ]

  mutating func readSet() -> String? {
    guard let map = root() else { return nil }
    checkKeys(map, allowed: ["dataset", "description"])
    return string(map, "dataset")
  }

  mutating func readRule(id: String, kind: CheckKind, dataset: String?, knownMeasures: Set<String>?) -> Rule? {
    guard let map = root() else { return nil }
    checkKeys(map, allowed: Self.ruleKeys)
    let before = problems.count
    var rule = Rule(id: id, kind: kind, description: require(map, "description") ?? "",
                    dataset: dataset, phrases: [], file: file)
    rule.link = string(map, "link")
    rule.level = enumValue(map, "level", Severity.self) ?? .error
    rule.phrases = phrases(map, key: "phrases", required: true)
    rule.unless = phrases(map, key: "unless", required: false)
    rule.forms = Set(list(map, "forms").compactMap { node in
      form(node)
    })
    rule.direction = enumValue(map, "direction", ChangeDirection.self)
    rule.area = enumValue(map, "area", AreaTarget.self)
    rule.compareWith = enumValue(map, "compare_with", ComparisonTarget.self)
    rule.reason = string(map, "reason")
    rule.window = int(map, "window") ?? 8
    rule.priority = int(map, "priority") ?? 0
    rule.examples = examples(map)
    if kind == .measure {
      if let measure = require(map, "measure") {
        rule.measure = measure
        if let known = knownMeasures, !known.contains(measure), let node = map["measure"] {
          report(node, "unknown measure '\(measure)' in dataset '\(dataset ?? "")'")
        }
      }
      if rule.forms.isEmpty { report(map, "a measure rule needs 'forms' (e.g. [number, zero])") }
    }
    if kind == .change, rule.direction == nil { report(map, "a change rule needs 'direction'") }
    if kind == .area, rule.area == nil { report(map, "an area rule needs 'area' (main or national)") }
    if kind == .nonClaim, rule.reason == nil { report(map, "a non_claim rule needs 'reason'") }
    if rule.examples.match.isEmpty { report(map, "a rule needs at least one 'examples: match:' example") }
    return problems.count == before ? rule : nil
  }

  // MARK: - Pieces

  private mutating func root() -> Node.Mapping? {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
      problems.append(RuleDiagnostic(file: file, line: 0, column: 0, message: "cannot read the file as UTF-8"))
      return nil
    }
    do {
      guard let node = try composeYAML(text) else {
        problems.append(RuleDiagnostic(file: file, line: 1, column: 1, message: "empty rule file"))
        return nil
      }
      guard let map = node.mapping else {
        report(node, "a rule file must be a mapping of keys to values")
        return nil
      }
      return map
    } catch let error as YamlError {
      problems.append(Self.diagnostic(file: file, error))
      return nil
    } catch {
      problems.append(RuleDiagnostic(file: file, line: 1, column: 1, message: "\(error)"))
      return nil
    }
  }

  private mutating func checkKeys(_ map: Node.Mapping, allowed: Set<String>) {
    for (key, _) in map where !allowed.contains(key.string ?? "") {
      report(key, "unknown key '\(key.string ?? "?")' (allowed: \(allowed.sorted().joined(separator: ", ")))")
    }
  }

  private mutating func string(_ map: Node.Mapping, _ key: String) -> String? {
    guard let node = map[key] else { return nil }
    guard let s = node.scalar?.string else {
      report(node, "'\(key)' must be a single value")
      return nil
    }
    return s
  }

  private mutating func require(_ map: Node.Mapping, _ key: String) -> String? {
    if map[key] == nil { report(map, "missing required key '\(key)'") }
    return string(map, key)
  }

  private mutating func int(_ map: Node.Mapping, _ key: String) -> Int? {
    guard let s = string(map, key) else { return nil }
    guard let n = Int(s), n >= 0 else {
      report(map[key]!, "'\(key)' must be a whole number, not '\(s)'")
      return nil
    }
    return n
  }

  private mutating func enumValue<E: RawRepresentable & CaseIterable>(
    _ map: Node.Mapping, _ key: String, _ type: E.Type
  ) -> E? where E.RawValue == String {
    guard let s = string(map, key) else { return nil }
    guard let value = E(rawValue: s) else {
      let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
      report(map[key]!, "'\(key)' must be one of \(allowed), not '\(s)'")
      return nil
    }
    return value
  }

  private mutating func list(_ map: Node.Mapping, _ key: String) -> [Node] {
    guard let node = map[key] else { return [] }
    guard let seq = node.sequence else {
      report(node, "'\(key)' must be a list")
      return []
    }
    return Array(seq)
  }

  private mutating func form(_ node: Node) -> NumberForm? {
    guard let s = node.scalar?.string, let f = NumberForm(rawValue: s) else {
      report(node, "unknown number form '\(node.string ?? "?")' (allowed: \(NumberForm.allCases.map(\.rawValue).joined(separator: ", ")))")
      return nil
    }
    return f
  }

  private mutating func phrases(_ map: Node.Mapping, key: String, required: Bool) -> [Phrase] {
    if required, map[key] == nil { report(map, "missing required key '\(key)'") }
    return list(map, key).compactMap { node in
      guard let s = node.scalar?.string else {
        report(node, "a phrase must be text")
        return nil
      }
      switch Phrase.parse(s) {
      case .success(let p): return p
      case .failure(let e):
        report(node, "bad phrase '\(s)': \(e.reason)")
        return nil
      }
    }
  }

  private mutating func examples(_ map: Node.Mapping) -> RuleExamples {
    guard let node = map["examples"] else {
      report(map, "missing required key 'examples'")
      return RuleExamples()
    }
    guard let ex = node.mapping else {
      report(node, "'examples' must have 'match' and 'no_match' lists")
      return RuleExamples()
    }
    checkKeys(ex, allowed: ["match", "no_match"])
    var result = RuleExamples()
    for item in list(ex, "match") {
      if let s = item.scalar?.string {
        result.match.append(.init(text: s))
      } else if let m = item.mapping {
        checkKeys(m, allowed: ["text", "value", "measure", "span"])
        let value = string(m, "value")
        let number = value.flatMap { Double($0.replacingOccurrences(of: ",", with: "")) }
        if value != nil, number == nil { report(m["value"]!, "'value' must be a number") }
        result.match.append(.init(text: require(m, "text") ?? "", value: number,
                                  measure: string(m, "measure"), span: string(m, "span")))
      } else {
        report(item, "an example is text or a mapping with 'text'")
      }
    }
    for item in list(ex, "no_match") {
      guard let s = item.scalar?.string else {
        report(item, "a no_match example must be text")
        continue
      }
      result.noMatch.append(s)
    }
    return result
  }

  private mutating func report(_ node: Node, _ message: String) {
    let mark = node.mark
    problems.append(RuleDiagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
  }

  private mutating func report(_ map: Node.Mapping, _ message: String) {
    report(Node.mapping(map), message)
  }

  static func diagnostic(file: String, _ error: YamlError) -> RuleDiagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
      let what = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
      return RuleDiagnostic(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(what)")
    default:
      return RuleDiagnostic(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
    }
  }
}
