import FactCheckCore

/// A `factcheck-ignore` comment: an editor's decision that a finding is accepted, with the reason.
///
/// Syntax (HTML comments, invisible in rendered Markdown):
/// - `<!-- factcheck-ignore: reason -->` alone on a line: the claims on the next line that has
///   text;
/// - `<!-- factcheck-ignore-line: reason -->` on the claim's own line: the claims on that line;
/// - `factcheck-ignore: reason` in the front matter: the whole file.
///
/// A suppression hides contradicted and unverifiable claims only. Without a reason it hides
/// nothing and is itself an error; one that hides nothing is reported as a warning.
public struct Suppression: Hashable, Sendable {
  public enum Scope: String, Hashable, Sendable { case nextLine = "factcheck-ignore", line = "factcheck-ignore-line", file }

  public var scope: Scope
  /// The comment (or front matter line), UTF-8 bytes.
  public var range: SourceRange
  /// 1-based line of the comment.
  public var line: Int
  /// 1-based line whose claims it covers; nil for the whole file or when no line follows.
  public var target: Int?
  /// Trimmed; nil when missing or empty.
  public var reason: String?

  /// Whether it covers a claim starting on `line`.
  public func covers(line claimLine: Int) -> Bool {
    scope == .file || target == claimLine
  }
}

/// Finds suppressions in a document and blanks their comments out of the analysed text.
public enum SuppressionScanner {
  /// The suppressions of `doc` (front matter first), and `doc` with every factcheck comment
  /// replaced by spaces (line breaks kept), so a reason's numbers are never read as claims.
  public static func scan(_ doc: Document, frontMatter: FrontMatter?) -> (suppressions: [Suppression], text: Document) {
    var found: [Suppression] = []
    if let fm = frontMatter, let value = fm.fields["factcheck-ignore"] {
      let r = keyRange(doc, key: "factcheck-ignore", within: fm.range) ?? fm.range
      found.append(Suppression(scope: .file, range: r, line: doc.location(of: r.start).line,
                               target: nil, reason: nonEmpty(value)))
    }
    var bytes = doc.utf8
    var i = 0
    let open = Array("<!--".utf8)
    let close = Array("-->".utf8)
    while let start = find(open, in: bytes, from: i) {
      guard let end = find(close, in: bytes, from: start + 4) else { break }
      let inner = String(decoding: bytes[(start + 4)..<end], as: UTF8.self)
      i = end + 3
      guard let (scope, reason) = directive(inner) else { continue }
      let range = SourceRange(start: start, end: i)
      let line = doc.location(of: start).line
      let endLine = doc.location(of: range.end).line
      let target = scope == .line ? line : nextTextLine(doc, after: endLine)
      found.append(Suppression(scope: scope, range: range, line: line, target: target, reason: reason))
      for k in start..<i where bytes[k] != 0x0A && bytes[k] != 0x0D { bytes[k] = 0x20 }
    }
    let blanked = Document(name: doc.name, text: String(decoding: bytes, as: UTF8.self))
    return (found, blanked)
  }

  /// `factcheck-ignore[-line][: reason]`, or nil for any other comment.
  static func directive(_ inner: String) -> (Suppression.Scope, String?)? {
    let t = trim(inner)
    for scope in [Suppression.Scope.line, .nextLine] where t.hasPrefix(scope.rawValue) {
      let rest = t.dropFirst(scope.rawValue.count)
      if rest.isEmpty { return (scope, nil) }
      if rest.first == ":" { return (scope, nonEmpty(String(rest.dropFirst()))) }
      if rest.first?.isWhitespace == true { return (scope, nonEmpty(String(rest))) }
    }
    return nil
  }

  /// The first line after `line` (1-based) holding anything but white space and comments.
  static func nextTextLine(_ doc: Document, after line: Int) -> Int? {
    let starts = doc.lineIndex.lineStarts
    var l = line  // 0-based index of the line after `line`
    while l < starts.count {
      let r = doc.lineIndex.lineRange(containing: starts[l])
      let text = trim(doc.slice(r))
      if !text.isEmpty, !(text.hasPrefix("<!--") && text.hasSuffix("-->")) { return l + 1 }
      l += 1
    }
    return nil
  }

  static func keyRange(_ doc: Document, key: String, within r: SourceRange) -> SourceRange? {
    guard let s = find(Array(key.utf8), in: Array(doc.utf8[r.start..<r.end]), from: 0) else { return nil }
    let start = r.start + s
    return SourceRange(start: start, end: doc.lineIndex.lineRange(containing: start).end)
  }

  static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
    guard needle.count <= hay.count, from <= hay.count - needle.count else { return nil }
    for s in from...(hay.count - needle.count) where hay[s] == needle[0] {
      if Array(hay[s..<s + needle.count]) == needle { return s }
    }
    return nil
  }

  static func nonEmpty(_ s: String) -> String? {
    let t = trim(s)
    return t.isEmpty ? nil : t
  }

  static func trim(_ s: String) -> String {
    String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
