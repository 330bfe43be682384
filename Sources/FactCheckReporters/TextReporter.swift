import FactCheckCore

/// Renders reports compiler-style: `path:line:col: severity: message [rule]`, the source line
/// (bounded) with the claim underlined, evidence and notes, then a summary line.
public struct TextReporter: Sendable {
  public var color: Bool
  public var explain: Bool
  /// Show supported claims too (as notes).
  public var showSupported: Bool

  public init(color: Bool = false, explain: Bool = false, showSupported: Bool = true) {
    self.color = color
    self.explain = explain
    self.showSupported = showSupported
  }

  public func render(_ reports: [DocumentReport]) -> String {
    reports.map(render).joined()
  }

  public func render(_ r: DocumentReport) -> String {
    var out = ""
    let doc = r.document
    if !r.publishedGiven {
      out += "\(doc.name): note: no publication date given; judging as of today (\(r.published)); pass --published\n"
    }
    for (i, claim) in r.extracted.claims.enumerated() {
      let checked = r.checked?[i]
      if let c = checked, c.verdict == .supported, !showSupported { continue }
      out += entry(checked?.claim ?? claim, checked, doc)
    }
    for n in r.extracted.unparsed {
      let loc = doc.location(of: n.range.start)
      out += "\(doc.name):\(loc.line):\(loc.column): \(paint("note", .blue)): not understood: '\(doc.slice(n.range))' (\(n.reason))\n"
    }
    out += summaryLine(r) + "\n"
    return out
  }

  func entry(_ claim: Claim, _ checked: CheckedClaim?, _ doc: Document) -> String {
    let loc = doc.location(of: claim.range.start)
    let severity: String
    switch checked?.verdict {
    case .contradicted?: severity = paint("error", .red)
    case .unverifiable?: severity = paint("warning", .yellow)
    default: severity = paint("note", .green)
    }
    let message = checked?.message ?? describe(claim)
    let rule = claim.ruleID.map { " [\($0)]" } ?? ""
    var out = "\(doc.name):\(loc.line):\(loc.column): \(severity): \(message)\(rule)\n"
    out += Excerpt.render(doc, claim.range)
    if let e = checked?.evidence {
      var line = "    evidence: \(NumberText.format(e.value)) — \(e.dataset) \(e.measure), \(e.area), \(e.period)"
      if let a = e.arithmetic { line += "; \(a)" }
      out += line + "\n"
      out += "    source: \(e.sourceURL)" + (e.sourcePublished.map { " (published \($0), \(e.sourceKind))" } ?? " (\(e.sourceKind))") + "\n"
    }
    for note in checked?.notes ?? [] { out += "    note: \(note)\n" }
    if let s = checked?.suggestion { out += "    suggestion: '\(doc.slice(claim.range))' → '\(s)'\n" }
    if explain { for r in claim.reasons { out += "    why: \(r)\n" } }
    return out
  }

  func describe(_ c: Claim) -> String {
    let parts = [c.measure ?? "no measure", c.area ?? "no area", c.period ?? "no period"]
    return "\(c.kind.rawValue) claim: \(parts.joined(separator: ", "))"
  }

  func summaryLine(_ r: DocumentReport) -> String {
    let s = r.summary
    var parts = ["\(s.claims) claims"]
    if r.checked != nil {
      parts.append("\(s.supported) supported, \(s.contradicted) contradicted, \(s.unverifiable) unverifiable")
    }
    parts.append("\(s.ignored) numbers set aside, \(s.unparsed) not understood")
    return "\(r.document.name): " + parts.joined(separator: "; ")
  }

  enum Colour: String { case red = "31", yellow = "33", green = "32", blue = "34" }

  func paint(_ s: String, _ c: Colour) -> String {
    color ? "\u{1B}[1;\(c.rawValue)m\(s)\u{1B}[0m" : s
  }
}

/// A bounded excerpt of the claim's line with the claim underlined.
enum Excerpt {
  static let width = 100

  static func render(_ doc: Document, _ range: SourceRange) -> String {
    let line = doc.lineIndex.lineRange(containing: range.start)
    let claimStart = range.start
    let claimEnd = min(range.end, line.end)
    // Window of at most `width` bytes around the claim, snapped to scalar boundaries.
    var lo = max(line.start, claimStart - (width - (claimEnd - claimStart)) / 2)
    var hi = min(line.end, max(claimEnd, lo + width))
    while lo > line.start, doc.utf8[lo] & 0xC0 == 0x80 { lo -= 1 }
    while hi < line.end, doc.utf8[hi] & 0xC0 == 0x80 { hi += 1 }
    let prefix = (lo > line.start ? "…" : "")
    let suffix = (hi < line.end ? "…" : "")
    let before = doc.slice(SourceRange(start: lo, end: claimStart))
    let claim = doc.slice(SourceRange(start: claimStart, end: claimEnd))
    let text = prefix + before + claim + doc.slice(SourceRange(start: claimEnd, end: hi)) + suffix
    let pad = String(repeating: " ", count: prefix.count + before.unicodeScalars.count)
    let mark = "^" + String(repeating: "~", count: max(0, claim.unicodeScalars.count - 1))
    return "    \(text)\n    \(pad)\(mark)\n"
  }
}
