import Foundation

/// Renders findings as GitHub Actions workflow commands, which GitHub shows as annotations on
/// the lines of a pull request:
/// `::error file=a.md,line=3,col=32,endLine=3,endColumn=36,title=…::message`.
///
/// Errors are contradicted claims and suppressions without a reason; warnings are unverifiable
/// claims and unused suppressions; notices (supported claims) appear only when the findings
/// hold them. `endColumn` here is the column of the claim's last character (inclusive), as
/// GitHub reads it. Data and properties are escaped as the Actions toolkit does: `%`, CR and LF
/// in the message; also `:` and `,` in property values.
public struct GitHubReporter: Sendable {
  public init() {}

  public func render(_ files: [FileFindings]) -> String {
    files.flatMap(\.findings).map(command).joined()
  }

  public func command(_ f: Finding) -> String {
    let level: String
    switch f.severity {
    case .error: level = "error"
    case .warning: level = "warning"
    case .note: level = "notice"
    }
    let title = "factcheck " + (f.ruleID.map { "\(f.checkID) [\($0)]" } ?? f.checkID)
    let properties: [(String, String)] = [
      ("file", f.path), ("line", "\(f.line)"), ("col", "\(f.column)"),
      ("endLine", "\(f.endLine)"), ("endColumn", "\(max(f.column, f.endColumn - 1))"),
      ("title", title),
    ]
    let props = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
    return "::\(level) \(props)::\(Self.escapeData(f.fullMessage))\n"
  }

  /// The message part: `%` first, then CR and LF.
  public static func escapeData(_ s: String) -> String {
    s.replacingOccurrences(of: "%", with: "%25")
      .replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// A property value: as data, and also `:` and `,`.
  public static func escapeProperty(_ s: String) -> String {
    escapeData(s).replacingOccurrences(of: ":", with: "%3A")
      .replacingOccurrences(of: ",", with: "%2C")
  }
}
