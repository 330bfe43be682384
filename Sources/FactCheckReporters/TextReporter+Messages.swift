import FactCheckCore

/// The text report's wording, built from the verdict's structured fields so each line says, in
/// plain words, what the official figure is and for which area and period.
extension TextReporter {
  /// The headline of one claim (the part after `severity:`).
  func headline(_ claim: Claim, _ checked: CheckedClaim?, text: String) -> String {
    guard let checked else { return Self.describe(claim) }
    switch checked.verdict {
    case .contradicted:
      if claim.kind == .comparison { return checked.message }
      return checked.evidence.map { contradicted(checked, $0, text: text) } ?? checked.message
    case .unverifiable:
      return checked.message.contains("'\(text)'")
        ? "cannot verify: \(checked.message)" : "cannot verify '\(text)': \(checked.message)"
    case .supported:
      return checked.message
    }
  }

  /// "'1,569' should be 1,596: the official figure for registered sex offenders in Essex, 2019-20".
  func contradicted(_ c: CheckedClaim, _ e: Evidence, text: String) -> String {
    let what = label(e.measure)
    let area = e.area.replacingOccurrences(of: " + ", with: " and ")
    if c.claim.isChange {
      let span = e.basePeriod.map { "from \($0) to \(e.period)" } ?? e.period
      return "'\(text)' should be \(Self.change(e.value, kind: c.claim.kind)): the change in \(what) in \(area) \(span)"
    }
    let official = Self.level(c.expected ?? e.value, claim: c.claim)
    return "'\(text)' should be \(official): the official figure for \(what) in \(area), \(e.period)"
  }

  func label(_ measure: String) -> String {
    guard let l = measureLabels[measure], let first = l.first else { return measure }
    return first.lowercased() + l.dropFirst()
  }

  /// A level in the claim's own unit: "1,596", "99 per 100,000", "7%", "one in 812".
  static func level(_ x: Double, claim: Claim) -> String {
    let n = NumberText.format(x)
    switch claim.kind {
    case .rate: return "\(n) per \(NumberText.format(claim.expression.base ?? 100_000))"
    case .percent, .share: return "\(n)%"
    case .oneInN: return "one in \(n)"
    default: return n
    }
  }

  /// A change in plain words: "a rise of 6.7%", "a fall of 120", "1.05 times".
  static func change(_ x: Double, kind: ClaimKind) -> String {
    switch kind {
    case .multipleChange: return "\(NumberText.format(x, decimals: 1)) times"
    case .countChange: return x < 0 ? "a fall of \(NumberText.format(-x))" : "a rise of \(NumberText.format(x))"
    default:
      let pct = NumberText.format(abs(x), decimals: 1) + "%"
      return x == 0 ? "no change" : (x < 0 ? "a fall of \(pct)" : "a rise of \(pct)")
    }
  }

  /// The rewrite to offer, if it reads as one: a multiple's rewrite that is a bare number
  /// ("more than four times" → "1") is left out; the evidence line says what the data show.
  static func suggestion(_ c: CheckedClaim) -> String? {
    guard let s = c.suggestion else { return nil }
    if c.claim.kind == .multipleChange, !s.contains(where: \.isLetter) { return nil }
    return s
  }

  /// An unchecked claim (`factcheck claims`): what it is about.
  static func describe(_ c: Claim) -> String {
    let parts = [c.measure ?? "no measure", c.area ?? "no area", c.period ?? "no period"]
    let base = c.basePeriod.map { " (compared with \($0))" } ?? ""
    return "\(c.kind.rawValue) claim: \(parts.joined(separator: ", "))\(base)"
  }

  /// "evidence: 1,596 / 1,496 − 1 = +6.7% (mappa category1_rso_total, Essex, 2018-19 to 2019-20)".
  ///
  /// Most figures come from news reports of the official tables. When the source is the
  /// article being checked (`documentURL`), the source line says so: the match only shows the
  /// dataset copied this article, not that the article is right. (For a change, the evidence
  /// names the latest figure's source: the line then says it is that figure's.)
  static func evidenceLines(_ e: Evidence, documentURL: String? = nil) -> [String] {
    let period = e.basePeriod.map { "\($0) to \(e.period)" } ?? e.period
    let value = e.arithmetic ?? NumberText.format(e.value)
    var lines = ["evidence: \(value) (\(e.dataset) \(e.measure), \(e.area), \(period))"]
    var about = [e.sourceKind == "secondary-news" ? "news report" : e.sourceKind]
    if let p = e.sourcePublished { about.append("published \(p)") }
    if let r = e.releaseDate { about.append("release of \(r)") }
    if let documentURL, sameAddress(documentURL, e.sourceURL) {
      // A change's evidence names the source of its latest figure; the earlier one's may differ.
      let which = e.basePeriod == nil ? "so not an independent check" : "for the \(e.period) figure"
      lines.append("source: this article itself (\(about.joined(separator: ", "))), \(which)")
    } else {
      lines.append("source: \(e.sourceURL) (\(about.joined(separator: ", ")))")
    }
    return lines
  }

  /// Whether two web addresses name the same page: compared without the scheme, a leading
  /// "www.", the fragment, a trailing "/" and the query's tracking parameters (`ref`, `ito`,
  /// `utm_*`, `ns_*`: feeds add them to the address a report was found at), with the host in
  /// lower case. An address without a host names no page.
  static func sameAddress(_ a: String, _ b: String) -> Bool {
    guard let x = pageKey(a), let y = pageKey(b) else { return false }
    return x == y
  }

  static func pageKey(_ url: String) -> String? {
    var s = Substring(url.trimmingCharacters(in: .whitespaces))
    if let scheme = s.range(of: "://"), s[..<scheme.lowerBound].allSatisfy(\.isLetter),
      !s[..<scheme.lowerBound].isEmpty
    {
      s = s[scheme.upperBound...]
    }
    if let hash = s.firstIndex(of: "#") { s = s[..<hash] }
    var query: [Substring] = []
    if let mark = s.firstIndex(of: "?") {
      query = s[s.index(after: mark)...].split(separator: "&").filter { item in
        let name = item.prefix { $0 != "=" }.lowercased()
        return !(name == "ref" || name == "ito" || name.hasPrefix("utm_") || name.hasPrefix("ns_"))
      }
      s = s[..<mark]
    }
    while s.hasSuffix("/") { s = s.dropLast() }
    let slash = s.firstIndex(of: "/") ?? s.endIndex
    var host = s[..<slash].lowercased()
    if host.hasPrefix("www.") { host.removeFirst(4) }
    guard host.contains(where: \.isLetter) else { return nil }
    return host + s[slash...] + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
  }
}

/// The checked article's own address, for telling evidence taken from the article itself
/// (`TextReporter.sameAddress`), with the address's host for a quick test first: the audit
/// asks for every evidence object, most evidence comes from other sites, and `pageKey` costs
/// thousands of instructions (a first version that made the article's key for every article
/// added a quarter to an audit's instructions).
struct OwnPage {
  let url: String
  /// The host in lower case, without "www.", as `pageKey` writes it; nil when the address is
  /// not plain enough to read it so quickly (see `hostStart`), and then no quick test.
  private let host: [UInt8]?

  init(_ url: String) {
    self.url = url
    var copy = url
    host = copy.withUTF8 { t -> [UInt8]? in
      guard let start = Self.hostStart(t) else { return nil }
      var end = start
      while end < t.count, !Self.endsHost(t[end]) {
        guard t[end] > 0x20 && t[end] < 0x80 else { return nil }
        end += 1
      }
      return t[start..<end].map(Self.lower)
    }
  }

  /// `TextReporter.sameAddress(url, source)`. Two addresses of one page have the same host:
  /// where the source's host plainly differs, the keys are not made.
  func isSource(_ source: String) -> Bool {
    if let host {
      var source = source
      if source.withUTF8({ Self.hostDiffers($0, host) }) { return false }
    }
    return TextReporter.sameAddress(url, source)
  }

  /// True only when `t`'s host, as `pageKey` reads it, is certainly not `host`; false when it
  /// may be (then the keys decide).
  private static func hostDiffers(_ t: UnsafeBufferPointer<UInt8>, _ host: [UInt8]) -> Bool {
    guard let start = hostStart(t) else { return false }
    var i = start
    for h in host {
      // Shorter (ended, or at '/', '?', '#'), or another byte: another host. A byte outside
      // ASCII might lower-case to this one (`pageKey` lower-cases Unicode): undecided.
      guard i < t.count, !endsHost(t[i]) else { return true }
      let c = t[i]
      if c >= 0x80 { return false }
      if lower(c) != h { return true }
      i += 1
    }
    // The same bytes: another host if more of it follows; undecided at a space, which
    // `pageKey` would trim at the end.
    guard i < t.count, !endsHost(t[i]) else { return false }
    return t[i] > 0x20 && t[i] < 0x80
  }

  /// Where the host starts, as `pageKey` finds it: after a scheme of letters and "://", and
  /// after "www." in any case. Nil for an address that does not begin with an ASCII letter or
  /// digit (`pageKey` trims white space first).
  private static func hostStart(_ t: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = t.first, isLetter(first) || (first >= 0x30 && first <= 0x39) else { return nil }
    var i = 0
    while i < t.count && isLetter(t[i]) { i += 1 }
    if i > 0 && i + 2 < t.count && t[i] == UInt8(ascii: ":") && t[i + 1] == UInt8(ascii: "/")
      && t[i + 2] == UInt8(ascii: "/")
    {
      i += 3
    } else {
      i = 0
    }
    if i + 4 <= t.count && lower(t[i]) == UInt8(ascii: "w") && lower(t[i + 1]) == UInt8(ascii: "w")
      && lower(t[i + 2]) == UInt8(ascii: "w") && t[i + 3] == UInt8(ascii: ".")
    {
      i += 4
    }
    return i
  }

  private static func endsHost(_ c: UInt8) -> Bool {
    c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: "#")
  }

  private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

  private static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
}
