import FactCheckCore

/// One problem in a data file, at a 1-based line and column (columns count Unicode scalars).
public struct DataDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  /// One line, lowercase first word, no trailing period.
  public var reason: String

  public init(file: String, line: Int, column: Int, reason: String) {
    self.file = file
    self.line = line
    self.column = column
    self.reason = reason
  }

  /// `file:line:column: error: reason`.
  public var description: String { "\(file):\(line):\(column): error: \(reason)" }
}

/// A dataset or corpus that cannot be used, with every problem found (not only the first).
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
  public var diagnostics: [DataDiagnostic]

  public init(_ diagnostics: [DataDiagnostic]) { self.diagnostics = diagnostics }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while loading; positions are byte offsets until reported.
struct DiagnosticSink {
  var diagnostics: [DataDiagnostic] = []

  mutating func add(_ file: String, _ location: SourceLocation, _ reason: String) {
    diagnostics.append(
      DataDiagnostic(file: file, line: location.line, column: location.column, reason: reason))
  }

  mutating func add(_ file: String, line: Int, column: Int, _ reason: String) {
    diagnostics.append(DataDiagnostic(file: file, line: line, column: column, reason: reason))
  }
}
