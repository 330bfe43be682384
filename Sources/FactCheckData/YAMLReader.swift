import FactCheckCore
import Yams

/// Parses YAML into a `Node` tree with every scalar left a string (Yams' basic resolver) and
/// UTF-8 named outright. Values are read as strings and parsed here, so the default resolver's
/// regular expressions (run on every scalar, and again on every key lookup) bought nothing, and
/// the default encoding read the whole environment per file: together about a third of a
/// `factcheck check`'s instructions.
func composeYAML(_ text: String) throws -> Node? {
  try Yams.compose(yaml: text, .basic, .default, .utf8)
}

/// Reads a YAML document through `Node` so every value keeps its line and column, and reports
/// unknown keys, missing keys and wrong types to a sink instead of stopping at the first.
struct YAMLReader {
  let file: String
  var sink: DiagnosticSink

  func location(_ node: Node?) -> SourceLocation {
    guard let mark = node?.mark else { return SourceLocation(line: 1, column: 1) }
    return SourceLocation(line: mark.line, column: mark.column)
  }

  mutating func error(_ node: Node?, _ reason: String) {
    sink.add(file, location(node), reason)
  }

  /// The mapping's values by key; reports keys outside `allowed` and missing `required` ones.
  mutating func mapping(_ node: Node?, _ what: String, allowed: [String], required: [String])
    -> [String: Node]?
  {
    guard let node, case .mapping(let mapping) = node else {
      error(node, "\(what) must be a mapping")
      return nil
    }
    var result: [String: Node] = [:]
    for (key, value) in mapping {
      guard let name = key.string, allowed.contains(name) else {
        error(key, "unknown key '\(key.string ?? "?")' in \(what); expected one of: "
          + allowed.joined(separator: ", "))
        continue
      }
      result[name] = value
    }
    for name in required where result[name] == nil {
      error(node, "\(what) is missing required key '\(name)'")
    }
    return result
  }

  /// A non-empty scalar string, or nil (reported) when the node is something else.
  mutating func string(_ node: Node?, _ key: String) -> String? {
    guard let node else { return nil }
    guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
      error(node, "'\(key)' must be a non-empty text value")
      return nil
    }
    return scalar.string
  }

  mutating func integer(_ node: Node?, _ key: String) -> Int? {
    guard let node else { return nil }
    guard let text = string(node, key) else { return nil }
    guard let n = Int(text) else {
      error(node, "'\(key)' must be a whole number, not '\(text)'")
      return nil
    }
    return n
  }

  mutating func number(_ node: Node?, _ key: String) -> Double? {
    guard let node, let text = string(node, key) else { return nil }
    guard let n = DecimalText.parse(text) else {
      error(node, "'\(key)' must be a number, not '\(text)'")
      return nil
    }
    return n
  }

  mutating func strings(_ node: Node?, _ key: String) -> [String] {
    guard let node else { return [] }
    guard case .sequence(let sequence) = node else {
      error(node, "'\(key)' must be a list")
      return []
    }
    return sequence.compactMap { string($0, key) }
  }

  /// A value that must be one of the cases of `T`.
  mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node?, _ key: String) -> T?
  where T.RawValue == String {
    guard let node, let text = string(node, key) else { return nil }
    guard let value = T(rawValue: text) else {
      let options = T.allCases.map(\.rawValue).joined(separator: ", ")
      error(node, "'\(key)' must be one of \(options), not '\(text)'")
      return nil
    }
    return value
  }
}

/// Plain decimal numbers only: "1596", "-3", "6.7". No grouping commas, exponents, inf or nan.
enum DecimalText {
  static func parse(_ text: String) -> Double? {
    var sawDigit = false
    var sawPoint = false
    for (i, c) in text.unicodeScalars.enumerated() {
      switch c {
      case "0"..."9": sawDigit = true
      case "-" where i == 0: continue
      case "." where !sawPoint && sawDigit: sawPoint = true; sawDigit = false
      default: return nil
      }
    }
    return sawDigit ? Double(text) : nil
  }
}
