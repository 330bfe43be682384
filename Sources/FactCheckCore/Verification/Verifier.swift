/// Checks claims against the official figures of a corpus of datasets.
///
/// Each claim is judged against the release available at the publication date. A later
/// revision adds a note and never flips a verdict. When figures from several releases disagree,
/// a claim that any of them supports is supported, with the disagreement in a note.
public struct Verifier: Sendable {
  public let corpus: StatCorpus

  public init(corpus: StatCorpus) {
    self.corpus = corpus
  }

  public func check(_ claims: [Claim], in document: Document, published: CalendarDate) -> [CheckedClaim] {
    // Each claim made in its place in the array and checked there: mapped through
    // `check(_:in:published:)`, every checked claim (some 580 bytes) was returned, copied into
    // the array and destroyed, its claim copied twice (about 1,000 instructions a claim).
    // The claims read by index: the loop's iterator copied each one out before it was copied
    // into its checked claim.
    var lookups = Lookups()
    var checked: [CheckedClaim] = []
    checked.reserveCapacity(claims.count)
    for i in claims.indices {
      let text = document.slice(claims[i].range)
      checked.append(unchecked(claims[i], text: text))
      check(&checked[i], text: text, published: published, lookups: &lookups)
    }
    Consistency.check(&checked, in: document)
    return checked
  }

  public func check(_ claim: Claim, in document: Document, published: CalendarDate) -> CheckedClaim {
    let text = document.slice(claim.range)
    var out = unchecked(claim, text: text)
    var lookups = Lookups()
    check(&out, text: text, published: published, lookups: &lookups)
    return out
  }

  /// The claim before any check: unverifiable, with the interval its words cover.
  private func unchecked(_ claim: Claim, text: String) -> CheckedClaim {
    CheckedClaim(unchecked: claim, claimed: interval(claim, text: text))
  }

  /// The interval the claim's words cover.
  private func interval(_ claim: Claim, text: String) -> ClaimInterval {
    let isCount = claim.kind == .count || claim.kind == .oneInN
    return Tolerance.interval(of: claim.expression, text: text, isCount: isCount)
  }

  /// Judges `out.claim`, written `text`, filling in `out`: one value written in place from
  /// start to end. Returned from each of the checks' exits, the checked claim (some 580 bytes,
  /// with every string of its claim and evidence) was copied and destroyed twice a claim
  /// (8.8 M instructions for 2,000 articles).
  private func check(_ out: inout CheckedClaim, text: String, published: CalendarDate,
                     lookups: inout Lookups) {
    guard let measureID = out.claim.measure else {
      // "twice as many registered sex offenders as Suffolk": the measure may well be named,
      // but a ratio of two figures that no comparison rule reads is not checked.
      if out.claim.kind == .ratio {
        return unverifiable(&out, .noMeasure, "'\(text)' compares two figures, which is not checked")
      }
      return unverifiable(&out, .noMeasure, "no measure named near '\(text)'")
    }
    guard let location = lookups.location(ofMeasure: measureID, in: corpus) else {
      return unverifiable(&out, .unknownMeasure, "measure '\(measureID)' is not in any dataset")
    }
    guard let area = out.claim.area else {
      return unverifiable(&out, .noArea, "no area for '\(text)'")
    }
    // Known areas by canonicalName: lookup's match would copy the area's aliases and cities.
    guard let (areaEntry, canonicalArea) = lookups.areaEntry(area, dataset: location.dataset, in: corpus) else {
      let dataset = corpus.datasets[location.dataset]
      let parts = Self.areaParts(area)
      guard parts.count > 1, parts.allSatisfy({ dataset.gazetteer.canonicalName($0) != nil }) else {
        return unverifiable(&out, .unknownArea, "'\(area)' is not an area of \(dataset.id)")
      }
      return JointCheck(corpus: corpus, location: location, areas: parts, asOf: published, text: text,
                        period: out.claim.period).check(&out)
    }
    guard let period = out.claim.period else {
      return unverifiable(&out, .noPeriod, "no period for '\(text)'")
    }
    let check = CellCheck(corpus: corpus, location: location, area: area,
                          canonicalArea: canonicalArea, areaEntry: areaEntry, period: period, asOf: published, text: text)
    switch out.claim.kind {
    case .count, .rate, .percent:
      check.level(&out)
    case .oneInN:
      check.oneInN(&out)
    case .percentChange, .multipleChange, .countChange:
      check.change(&out)
    case .share where check.measure.unit == .percent:
      // "three quarters" against a published percentage: compare as percentages.
      if out.claim.expression.form == .fraction {
        out.claimed = ClaimInterval(lower: out.claimed.lower * 100, upper: out.claimed.upper * 100,
                                    lowerOpen: out.claimed.lowerOpen, upperOpen: out.claimed.upperOpen)
      }
      check.level(&out)
    case .share:
      unverifiable(&out, .notChecked, "shares of a total are not checked yet")
    case .ratio:
      unverifiable(&out, .notChecked, "ratios between two figures are not checked yet")
    case .comparison:
      check.comparison(&out)
    }
  }

  /// The areas of a joint area name ("Kent + Medway"): `area.split(separator: " + ")`, the
  /// parts made strings. An ASCII name is split by its bytes: the generic split, comparing
  /// characters, cost some 25,000 instructions a name (6 M of 960 real articles). In ASCII
  /// every byte is one character but CR LF, and neither is in the separator, so the byte
  /// matches are the character matches; any other name goes through `split` itself.
  static func areaParts(_ area: String) -> [String] {
    let bytes = area.utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      return area.split(separator: " + ").map(String.init)
    }
    return Array(bytes).withUnsafeBufferPointer { b in
      var parts: [String] = []
      var partStart = 0
      var i = 0
      // Leftmost matches, not overlapping, as `split` finds them; empty parts left out.
      while i + 3 <= b.count {
        if b[i] == 0x20, b[i + 1] == 0x2B, b[i + 2] == 0x20 {
          if partStart < i { parts.append(String(decoding: b[partStart..<i], as: UTF8.self)) }
          i += 3
          partStart = i
        } else {
          i += 1
        }
      }
      if partStart < b.count { parts.append(String(decoding: b[partStart...], as: UTF8.self)) }
      return parts
    }
  }

  /// Marks the claim in place: passing it in and back by value copied the claim and all its
  /// strings for every claim that could not be checked.
  func unverifiable(_ c: inout CheckedClaim, _ reason: UnverifiableReason, _ message: String) {
    c.verdict = .unverifiable
    c.reason = reason
    c.message = message
  }
}

/// The last measure and area a document's claims were looked up by, with what was found: most
/// claims of an article name the measure and area of the claim before, and each lookup
/// compared the measure with every id of the corpus (about 250 instructions) and hashed the
/// area's name (about 440).
private struct Lookups {
  private var measure: String?
  private var location: MeasureLocation?
  private var dataset = -1
  private var area: String?
  private var entry: (index: Int, name: String)?

  /// `corpus.location(ofMeasure: id)`.
  mutating func location(ofMeasure id: String, in corpus: StatCorpus) -> MeasureLocation? {
    if let measure, measure == id { return location }
    measure = id
    location = corpus.location(ofMeasure: id)
    return location
  }

  /// `corpus.datasets[dataset].areaEntry(name)`.
  mutating func areaEntry(_ name: String, dataset d: Int, in corpus: StatCorpus) -> (index: Int, name: String)? {
    if d == dataset, let area, area == name { return entry }
    dataset = d
    area = name
    entry = corpus.datasets[d].areaEntry(name)
    return entry
  }
}
