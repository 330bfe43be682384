import FactCheckCore

/// Renders reports compiler-style, `path:line:col: severity: message [rule]`, for people and
/// editors.
///
/// Contradicted claims are errors and unverifiable ones warnings; both are always shown, each
/// with a bounded excerpt of its line (claim underlined), the suggested rewrite, the notes, the
/// evidence and its source. Supported claims are notes, listed only with `showSupported`. Numbers
/// not understood are notes. Entries follow the text; a summary line closes each document.
public struct TextReporter: Sendable {
  public var color: Bool
  public var explain: Bool
  /// List supported claims too (as notes); otherwise only the summary counts them.
  public var showSupported: Bool
  /// Measure labels by measure id ("Category 1 offenders (registered sexual offenders)"), for
  /// headlines in plain words; a measure without a label is shown by its id.
  public var measureLabels: [String: String]

  public init(color: Bool = false, explain: Bool = false, showSupported: Bool = false,
              measureLabels: [String: String] = [:]) {
    self.color = color
    self.explain = explain
    self.showSupported = showSupported
    self.measureLabels = measureLabels
  }

  public func render(_ reports: [DocumentReport]) -> String {
    reports.map(render).joined()
  }

  public func render(_ r: DocumentReport) -> String {
    let doc = r.document
    var out = ""
    if r.publishedGiven, r.publishedDayAssumed {
      let month = String(r.published.description.prefix(7))
      if let last = r.publishedThrough, last.month != r.published.month || last.year != r.published.year {
        let span = Checker.span(r.published, last)
        out += "\(doc.name): \(paint("note", .blue)): publication date gives no day (\(span)); judged as of \(r.published) and as of \(last) where that changes a verdict; pass --published DATE\n"
      } else {
        out += "\(doc.name): \(paint("note", .blue)): publication date gives no day (\(month)); judged as of \(r.published), the month's first day, and as of its last where that changes a verdict; pass --published DATE\n"
      }
    }
    if !r.publishedGiven {
      let why = r.unreadDate.map { "publication date '\(Self.clipped($0))' is not a YYYY-MM-DD date" }
        ?? "no publication date given"
      out += "\(doc.name): \(paint("note", .blue)): \(why); judged as of today (\(r.published)); pass --published DATE\n"
    }
    var entries: [(offset: Int, text: String)] = []
    for (i, claim) in r.extracted.claims.enumerated() {
      let checked = r.checked?[i]
      if checked?.verdict == .supported, !showSupported { continue }
      let c = checked?.claim ?? claim
      entries.append((c.range.start, entry(c, checked, doc, documentURL: r.url)))
    }
    for n in r.extracted.unparsed {
      entries.append((n.range.start, unparsed(n, doc)))
    }
    // Stable sort: claims before numbers at the same offset.
    for e in entries.enumerated().sorted(by: { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }) {
      out += e.element.text
    }
    return out + summaryLine(r) + "\n"
  }

  // MARK: - Entries

  func entry(_ claim: Claim, _ checked: CheckedClaim?, _ doc: Document, documentURL: String? = nil) -> String {
    let text = doc.slice(claim.range)
    let rule = claim.ruleID.map { " [\($0)]" } ?? ""
    var out = position(doc, claim.range.start) + "\(severity(checked?.verdict)): "
      + headline(claim, checked, text: text) + rule + "\n"
    out += Excerpt.render(doc, claim.range)
    var details: [String] = []
    if let s = checked.flatMap(Self.suggestion) { details.append("suggestion: replace '\(text)' with '\(s)'") }
    details += (checked?.notes ?? []).map { "note: \($0)" }
    if let e = checked?.evidence { details += Self.evidenceLines(e, documentURL: documentURL) }
    if explain { details += claim.reasons.map { "why: \($0)" } }
    return out + details.map { "    \($0)\n" }.joined()
  }

  func unparsed(_ n: SetAside, _ doc: Document) -> String {
    position(doc, n.range.start) + "\(paint("note", .blue)): '\(doc.slice(n.range))' not checked: \(n.reason)\n"
  }

  func position(_ doc: Document, _ offset: Int) -> String {
    let loc = doc.location(of: offset)
    return "\(doc.name):\(loc.line):\(loc.column): "
  }

  func severity(_ verdict: Verdict?) -> String {
    switch verdict {
    case .contradicted?: paint("error", .red)
    case .unverifiable?: paint("warning", .yellow)
    default: paint("note", .green)
    }
  }

  /// "essay.txt: 2 contradicted, 1 unverifiable, 8 supported (not listed) of 11 claims; …".
  func summaryLine(_ r: DocumentReport) -> String {
    let s = r.summary
    var claims = "\(s.claims) claim\(s.claims == 1 ? "" : "s")"
    if let checked = r.checked {
      var about: [String] = []
      let own = r.url.map { url in
        checked.filter { c in
          c.verdict == .supported
            && c.evidence.map { $0.basePeriod == nil && Self.sameAddress(url, $0.sourceURL) } == true
        }.count
      } ?? 0
      if own > 0 { about.append("\(own) of them only by this article's own figures") }
      if !showSupported && s.supported > 0 { about.append("not listed; --show-supported lists them") }
      let hidden = about.isEmpty ? "" : " (\(about.joined(separator: "; ")))"
      claims = "\(s.contradicted) contradicted, \(s.unverifiable) unverifiable, \(s.supported) supported\(hidden) of " + claims
    }
    let ignored = "\(s.ignored) number\(s.ignored == 1 ? "" : "s") set aside"
    return "\(r.document.name): \(claims); \(ignored), \(s.unparsed) not understood"
  }

  /// At most 40 characters of `s`, with "…" where cut.
  static func clipped(_ s: String) -> String {
    s.count <= 40 ? s : String(s.prefix(39)) + "…"
  }

  enum Colour: String { case red = "31", yellow = "33", green = "32", blue = "34" }

  func paint(_ s: String, _ c: Colour) -> String {
    color ? "\u{1B}[1;\(c.rawValue)m\(s)\u{1B}[0m" : s
  }
}
