/// Checks that need arithmetic: one-in-N from a rate, changes between periods, plausibility.
extension CellCheck {
  /// "one in every 812": checked against a published one-in-N, else against 100,000 / rate,
  /// with the rounding of both.
  func oneInN(_ out: inout CheckedClaim) {
    if let f = figure() {
      judge(&out, official: f.value, interval: .published(f.value, rounded: true), figure: f, arithmetic: nil)
      return
    }
    guard let rateID = measure.derivedFrom.first(where: {
      if case .rate? = dataset.measure(id: $0)?.unit { true } else { false }
    }), case .rate(let base)? = dataset.measure(id: rateID)?.unit else {
      return miss(&out, Miss(reason: .noFigure, message: "no official figure for \(canonicalArea) in \(period)"))
    }
    switch lookup(rateID) {
    case .failure(let m): miss(&out, m)
    case .success(let rate):
      let r = rate.value
      let interval = ClaimInterval(lower: base / (r + 0.5), upper: base / max(r - 0.5, 1e-9))
      let n = base / r
      let arithmetic = "\(NumberText.format(base)) / \(NumberText.format(r)) = \(NumberText.format(n, decimals: 0)) (one in \(NumberText.format(interval.lower, decimals: 0))–\(NumberText.format(interval.upper, decimals: 0)) given the rate's rounding)"
      judge(&out, official: n.rounded(), interval: interval, figure: rate, arithmetic: arithmetic)
      out.expected = n.rounded()
    }
  }

  /// A percentage or multiple change between the base period and the claim's period, computed
  /// from the two counts; the change reported with the data is the fallback.
  func change(_ out: inout CheckedClaim) {
    let claim = out.claim
    guard let base = claim.basePeriod else {
      return miss(&out, Miss(reason: .noPeriod, message: "no base period for the change in '\(text)'"))
    }
    // A change from a period to itself is a misreading of the sentence ("last year ... in
    // 2020-21"), not a claim of no change: judged, it would call any figure wrong.
    if base == period {
      return miss(&out, Miss(reason: .noPeriod,
        message: "could not tell which year '\(text)' is measured from: both ends read as \(period)"))
    }
    // Percentage points are a difference of two percentages, not a relative change.
    if claim.expression.form == .percentagePoints, measure.unit != .percent {
      return miss(&out, Miss(reason: .notChecked,
        message: "'\(text)' is in percentage points, but \(measure.label.lowercasedFirst) is not a percentage"))
    }
    let now = lookup()
    let then = lookup(period: base)
    guard case .success(let b) = now, case .success(let a) = then else {
      if claim.kind == .percentChange, let reported = reportedChange() {
        return judgeChange(&out, value: reported.value, figure: reported, arithmetic: "change as reported with the data", base: base)
      }
      if case .failure(let m) = now { return missChange(&out, m) }
      if case .failure(let m) = then { return missChange(&out, m) }
      return
    }
    // Every value either cell has had, the article's own release first.
    let nowValues = [b.value] + (b.previous + b.revisions).map(\.value)
    let thenValues = [a.value] + (a.previous + a.revisions).map(\.value)
    var first: (value: Double, arithmetic: String)?
    for x in nowValues {
      for y in thenValues where y != 0 {
        let (value, arithmetic) = Self.compute(now: x, then: y, kind: claim.expression.form == .percentagePoints ? .countChange : claim.kind)
        if first == nil { first = (value, arithmetic) }
        if fits(out, value) {
          judgeChange(&out, value: value, figure: b, arithmetic: arithmetic, base: base)
          if x != b.value || y != a.value {
            out.notes.append("supported by another release's figures; with those published by \(asOf) the change is \(first!.arithmetic)")
          }
          return
        }
      }
    }
    judgeChange(&out, value: first!.value, figure: b, arithmetic: first!.arithmetic, base: base)
    if out.verdict == .contradicted, claim.kind == .percentChange, let reported = reportedChange(), fits(out, reported.value) {
      out.verdict = .supported
      out.message = "matches the change reported with the data (\(NumberText.format(reported.value))%)"
      out.notes.append("the counts give \(first!.arithmetic), but the release itself reported \(NumberText.format(reported.value))%")
    }
  }

  private func missChange(_ out: inout CheckedClaim, _ m: Miss) {
    miss(&out, m)
    if out.claim.kind == .percentChange, abs(out.claim.value) >= 40 {
      out.notes.append("implausible: a change of \(NumberText.format(out.claim.value))% in a year is far beyond how such series usually move")
    }
  }

  /// The change between two figures and its arithmetic: "1,596 / 1,496 − 1 = +6.7%". The text
  /// is written on the stack (`NumberText.write`) and made a `String` once: interpolated, its
  /// three numbers each made a `String` first and the text grew as it was written, about
  /// 4,300 instructions a change. `computeGenerally` when a number is one `write` declines.
  static func compute(now: Double, then: Double, kind: ClaimKind) -> (Double, String) {
    let value: Double
    let decimals: Int?
    let signed: Bool
    switch kind {
    case .countChange: (value, decimals, signed) = (now - then, nil, true)
    case .multipleChange: (value, decimals, signed) = (now / then, 2, false)
    default: (value, decimals, signed) = ((now / then - 1) * 100, 1, true)
    }
    let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * NumberText.maxLength + 24) {
      buffer -> String? in
      let out = buffer.baseAddress!
      var at = 0
      func put(_ s: StaticString) {
        (out + at).initialize(from: s.utf8Start, count: s.utf8CodeUnitCount)
        at += s.utf8CodeUnitCount
      }
      func put(_ x: Double, decimals: Int? = nil, signed: Bool = false) -> Bool {
        guard let n = NumberText.write(x, decimals: decimals, signed: signed, to: out + at) else { return false }
        at += n
        return true
      }
      guard put(now) else { return nil }
      put(kind == .countChange ? " − " : " / ")
      guard put(then) else { return nil }
      put(kind == .countChange || kind == .multipleChange ? " = " : " − 1 = ")
      guard put(value, decimals: decimals, signed: signed) else { return nil }
      if kind != .countChange && kind != .multipleChange {
        out[at] = UInt8(ascii: "%")
        at += 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<at]), as: UTF8.self)
    }
    return text.map { (value, $0) } ?? computeGenerally(now: now, then: then, kind: kind)
  }

  /// What `compute` returns, for any figures.
  static func computeGenerally(now: Double, then: Double, kind: ClaimKind) -> (Double, String) {
    if kind == .countChange {
      let d = now - then
      return (d, "\(NumberText.format(now)) − \(NumberText.format(then)) = \(NumberText.format(d, signed: true))")
    }
    if kind == .multipleChange {
      let r = now / then
      return (r, "\(NumberText.format(now)) / \(NumberText.format(then)) = \(NumberText.format(r, decimals: 2))")
    }
    let c = (now / then - 1) * 100
    return (c, "\(NumberText.format(now)) / \(NumberText.format(then)) − 1 = \(NumberText.format(c, decimals: 1, signed: true))%")
  }

  /// Whether a computed change fits the claim, with the direction words taken into account.
  private func fits(_ out: CheckedClaim, _ computed: Double) -> Bool {
    // "grown by nearly three quarters": the fraction is compared with the change as a fraction.
    let value = out.claim.expression.form == .fraction ? computed / 100 : computed
    let kind = out.claim.kind
    let signed = out.claim.direction == .down && kind != .multipleChange ? -value : value
    let undirected = out.claim.direction == nil || out.claim.direction == .either
    let x = kind != .multipleChange && undirected ? abs(value) : signed
    if out.claimed.contains(x) { return true }
    // Newsrooms often cut a change rather than round it: 47.7% written as "47 per cent".
    if kind == .percentChange, out.claim.expression.hedge == nil, out.claim.expression.form != .fraction {
      let written = out.claim.value
      return x >= written && x < written + out.claim.expression.resolution
    }
    return false
  }

  private func judgeChange(_ out: inout CheckedClaim, value: Double, figure: Figure, arithmetic: String, base: String) {
    out.expected = (value * 10).rounded() / 10
    setEvidence(&out, figure, value: out.expected!, arithmetic: arithmetic, basePeriod: base)
    let ok = fits(out, value)
    out.verdict = ok ? .supported : .contradicted
    if ok {
      // "…, written as '6.7%'", its parts copied once (`concatenated`): interpolated, the
      // message grew as it was written.
      out.message = out.claim.kind == .multipleChange
        ? Self.concatenated([arithmetic, ", '", text, "'"])
        : Self.concatenated([arithmetic, ", written as '", text, "'"])
    } else {
      var why = Self.concatenated([arithmetic, ", but the article says '", text, "'"])
      if out.claim.kind != .multipleChange, (value < 0) != (out.claim.direction == .down), abs(value) >= 0.05 {
        why += ": the figure \(value < 0 ? "fell" : "rose") between \(base) and \(period)"
      }
      out.message = why
      out.suggestion = Suggestion.rewrite(text, expression: out.claim.expression, official: abs(value))
    }
  }

  /// The year-on-year change published with the data, for a measure derived from this one.
  /// The measures read in place and the cheap tests first: `contains` on Characters cost some
  /// 34,000 instructions a call, and `[measure.id]` made an array for every measure.
  ///
  /// The tests go cheapest first (one source measure, a percentage, that source, then the
  /// word), and the figure is looked up by the measure's position (`figure(measureIndex:)`,
  /// which answers as `figure(id)`): by id, each lookup compared the id with every measure's,
  /// and on real copy this was about 4,500 instructions a change claim.
  private func reportedChange() -> Figure? {
    let own = measure.id
    for i in dataset.measures.indices
    where dataset.measures[i].derivedFrom.count == 1 && dataset.measures[i].unit == .percent
      && dataset.measures[i].derivedFrom[0] == own && Self.contains(dataset.measures[i].id, ascii: "change")
    {
      if let f = figure(measureIndex: i) { return f }
    }
    return nil
  }

  /// `text.contains(word)` for a `word` of ASCII letters: on the bytes when `text` is ASCII
  /// too, where every byte is a Character (but CR LF, which a word of letters cannot take
  /// part of); any other text through `contains`.
  static func contains(_ text: String, ascii word: StaticString) -> Bool {
    let pattern = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    let found: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      // An empty word is left to `contains` too, whatever it answers.
      guard !pattern.isEmpty, !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      guard pattern.count <= bytes.count else { return false }
      for start in 0...(bytes.count - pattern.count)
      where bytes[start] == pattern[0] && zip(bytes[start...], pattern).allSatisfy({ $0 == $1 }) {
        return true
      }
      return false
    }
    if let found = found ?? nil { return found }
    return text.contains(word.description)
  }

  /// No cell to compare with: say so, and warn when the figure is far from the national one.
  /// The national figure is read by position (`nationalFigure()`, which answers as
  /// `figure(area: national.name)`): by name it cost about 2,100 instructions a claim.
  func implausibleLevel(_ out: inout CheckedClaim) {
    guard case .rate = measure.unit, dataset.gazetteer.national != nil,
      let n = nationalFigure(), n.value > 0
    else { return }
    let ratio = out.claim.value / n.value
    if ratio > 3 || ratio < 1.0 / 3 {
      out.reason = .implausible
      out.message += "; implausible: \(NumberText.format(out.claim.value)) is \(NumberText.format(ratio, decimals: 1)) times the national \(NumberText.format(n.value))"
    }
  }
}
