/// The checks of one claim against one dataset cell (measure, area, period).
struct CellCheck {
  /// Copied once, from the corpus (see `StatCorpus.location(ofMeasure:)`). Stored, not read
  /// through a `_read` accessor into the corpus: each call of a dataset method through one
  /// copied the whole dataset.
  let dataset: Dataset
  /// Where the measure is in `dataset.measures`: read in place, not copied with its strings.
  let measureIndex: Int
  var measure: Measure { _read { yield dataset.measures[measureIndex] } }
  let area: String
  let period: String
  let asOf: CalendarDate
  let text: String
  /// Resolved once: every lookup and message of the check uses it.
  let canonicalArea: String
  /// Where `canonicalArea` is in the dataset's gazetteer (`Gazetteer.entry(_:)`): the check's
  /// own lookups find their series by it and `measureIndex`, without hashing names.
  let areaEntry: Int?
  /// `dataset.periodType.ordinal(of: period)`, worked out once for the lookups by position:
  /// the check's lookups of its own period and the diagnosis's of every other measure parsed
  /// the period again each time.
  let periodOrdinal: Int?

  /// `canonicalArea` is the gazetteer's name for `area`, which the caller has resolved already,
  /// and `areaEntry` its position there when known.
  init(corpus: StatCorpus, location: MeasureLocation, area: String, canonicalArea: String,
       areaEntry: Int?, period: String, asOf: CalendarDate, text: String) {
    dataset = corpus.datasets[location.dataset]
    measureIndex = location.measure
    self.area = area
    self.period = period
    self.asOf = asOf
    self.text = text
    self.canonicalArea = canonicalArea
    self.areaEntry = areaEntry
    periodOrdinal = dataset.periodType.ordinal(of: period)
  }

  /// The published figure, or why there is none.
  func lookup(_ measureID: String? = nil, period: String? = nil, area: String? = nil)
    -> Result<Figure, Miss>
  {
    let p = period ?? self.period
    let a = area ?? canonicalArea
    let found = measureID == nil && area == nil
      ? find(measureIndex: measureIndex, period: p) : find(measureID ?? measure.id, area: a, period: p)
    // Consumed: the figure moves out rather than being copied and the lookup destroyed.
    switch consume found {
    case .found(let f): return .success(f)
    case .noFigure:
      var message = Self.noFigureMessage(area: a, period: p)
      // A period after all the dataset holds (an undated draft judged as of today): say where
      // its figures end, so the reader names the year or the date.
      if let newest = dataset.periods.last, let ask = dataset.periodType.ordinal(of: p),
        let last = dataset.periodType.ordinal(of: newest), ask > last
      {
        message += ": the dataset's newest figures are for \(newest)"
      }
      return .failure(Miss(reason: .noFigure, message: message))
    case .notYetPublished(let release):
      return .failure(Miss(reason: .notYetPublished,
        message: "\(p) figures were not published until \(release), after the article's date (\(asOf))"))
    case .unknownMeasure:
      return .failure(Miss(reason: .unknownMeasure, message: "measure '\(measureID ?? measure.id)' is not in \(dataset.id)"))
    case .unknownArea: return .failure(Miss(reason: .unknownArea, message: "'\(a)' is not an area of \(dataset.id)"))
    }
  }

  /// The published figure, when there is one: `lookup` without writing the message of a miss,
  /// for the checks that only use a figure found (the diagnosis tries several).
  func figure(_ measureID: String? = nil, period: String? = nil, area: String? = nil) -> Figure? {
    if measureID == nil, area == nil {
      return find(measureIndex: measureIndex, period: period ?? self.period).figure
    }
    return find(measureID ?? measure.id, area: area ?? canonicalArea, period: period ?? self.period).figure
  }

  /// `figure(dataset.measures[index].id)`: the diagnosis tries each measure, and asking
  /// whether each is declared compared it with all the ids before it (3 M instructions for
  /// 360 claims of 2,000 articles).
  ///
  /// An empty cell (most measures have no figure for most areas) gives nil at once: its lookup
  /// worked out the period's release day only to find nothing.
  func figure(measureIndex index: Int) -> Figure? {
    if let e = areaEntry, dataset.isEmptyCell(measureIndex: index, areaEntry: e, ordinal: periodOrdinal) {
      return nil
    }
    return find(measureIndex: index, period: period).figure
  }

  /// `find(dataset.measures[m].id, area: canonicalArea, period: period)`, the series read by
  /// position. The table holds at `m` what the measure's id finds (a repeated id included),
  /// and a declared measure needs no `hasMeasure`.
  private func find(measureIndex m: Int, period: String) -> FigureLookup {
    guard let e = areaEntry else {
      return find(dataset.measures[m].id, area: canonicalArea, period: period, declared: true)
    }
    return find(measureIndex: m, areaEntry: e, period: period)
  }

  /// The national figure of the check's measure and period: `figure(area: national.name)`,
  /// the national area's series read by position.
  func nationalFigure() -> Figure? {
    guard let e = dataset.nationalAreaEntry else { return nil }
    return find(measureIndex: measureIndex, areaEntry: e, period: period).figure
  }

  /// The series of the check's measure and area: `dataset.series(measure: measure.id, area:
  /// canonicalArea, asOf: asOf)`, read by position.
  func ownSeries() -> [Figure] {
    guard let e = areaEntry else {
      return dataset.series(measure: measure.id, area: canonicalArea, asOf: asOf)
    }
    return dataset.series(measureIndex: measureIndex, areaEntry: e, asOf: asOf)
  }

  /// `ownSeries().first { accept($0.period, $0.value) }`, making only the figure taken.
  func firstOwnFigure(where accept: (_ period: String, _ value: Double) -> Bool) -> Figure? {
    guard let e = areaEntry else { return ownSeries().first { accept($0.period, $0.value) } }
    return dataset.firstSeriesFigure(measureIndex: measureIndex, areaEntry: e, asOf: asOf, where: accept)
  }

  private func find(measureIndex m: Int, areaEntry e: Int, period: String) -> FigureLookup {
    // The check's own period (usually the very string stored) by its ordinal worked out once.
    let ordinal = period == self.period ? periodOrdinal : dataset.periodType.ordinal(of: period)
    let found = dataset.figure(measureIndex: m, areaEntry: e, ordinal: ordinal, period: period, asOf: asOf)
    // As in `find(_:area:period:declared:)`: a date known roughly is judged by the first release.
    if case .notYetPublished(let release) = found, release.daysSince(asOf) <= 45,
      case .found(let f) = dataset.figure(measureIndex: m, areaEntry: e, ordinal: ordinal, period: period,
                                          asOf: release)
    {
      return .found(f)
    }
    return found
  }

  private func find(_ measureID: String, area: String, period: String, declared: Bool = false)
    -> FigureLookup
  {
    let found = figure(measureID, area: area, period: period, asOf: asOf, declared: declared)
    // A publication date known only roughly ("2017-10") may fall days before the release the
    // article plainly uses: judge against that first release.
    if case .notYetPublished(let release) = found, release.daysSince(asOf) <= 45,
      case .found(let f) = figure(measureID, area: area, period: period, asOf: release, declared: declared)
    {
      return .found(f)
    }
    return found
  }

  /// `Dataset.figure(measure:area:period:asOf:)`, without resolving the check's own area
  /// again: it is canonical already, and a canonical name resolves to itself (the loader
  /// rejects names shared by two areas). Most lookups are for it: 2.7 M instructions of
  /// gazetteer lookups for 2,000 articles.
  private func figure(
    _ measureID: String, area: String, period: String, asOf: CalendarDate, declared: Bool
  ) -> FigureLookup {
    guard area == canonicalArea else {
      return dataset.figure(measure: measureID, area: area, period: period, asOf: asOf)
    }
    guard declared || dataset.hasMeasure(measureID) else { return .unknownMeasure }
    return dataset.figure(measure: measureID, canonicalArea: area, period: period, asOf: asOf)
  }

  /// `parts.joined()`, the parts' bytes copied once into storage of the final size.
  static func concatenated(_ parts: [String]) -> String {
    var capacity = 0
    for part in parts { capacity += part.utf8.count }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var out = UTF8Writer(buffer: buffer)
      for part in parts { out.write(part) }
      return out.count
    }
  }

  /// "no official figure for Kent in 2019", its bytes copied once into storage of the final
  /// size: interpolated, the string grew as it was written.
  static func noFigureMessage(area: String, period: String) -> String {
    let capacity = 23 + area.utf8.count + 4 + period.utf8.count
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var out = UTF8Writer(buffer: buffer)
      out.write("no official figure for ")
      out.write(area)
      out.write(" in ")
      out.write(period)
      return out.count
    }
  }

  struct Miss: Error {
    var reason: UnverifiableReason
    var message: String
  }

  /// A level: a count, a rate, a percentage.
  func level(_ out: inout CheckedClaim) {
    // `lookup()`'s figure read straight from the lookup: through its `Result` the figure (with
    // its strings and source) was copied out twice more for every claim (level 22.8 M -> 21.2 M
    // instructions for 2,000 articles). A miss (one claim in eight) asks `lookup()` again
    // for its reason and message.
    let found = find(measureIndex: measureIndex, period: period)
    switch consume found {
    case .noFigure:
      if computedShare(&out) { return }
      if case .failure(let m) = lookup() { miss(&out, m) }
      if !nationalMatch(&out) { implausibleLevel(&out) }
    case .notYetPublished, .unknownMeasure, .unknownArea:
      if case .failure(let m) = lookup() { miss(&out, m) }
      implausibleLevel(&out)
    case .found(let figure):
      let official = officialInterval(figure.value)
      judge(&out, official: figure.value, interval: official, figure: figure, arithmetic: nil)
      guard out.verdict == .contradicted, !nationalReading(&out, local: figure),
        !otherRelease(&out, figure), !farOff(&out, figure)
      else { return }
      let diagnosis = Diagnosis(check: self).level(out.claimed, value: out.claim.value)
      out.notes += diagnosis.map { [$0.note] } ?? []
      if diagnosis == nil, out.claim.expression.hedge == nil, Self.transposed(out.claim.value, figure.value) {
        out.notes.append("the digits of \(NumberText.format(figure.value)) in another order: a typing slip?")
      }
      // Our reading is the weaker link when the measure was only inferred, or when the area
      // was not named and the figure is exactly another area's: never cry wolf on it. (Within
      // rounding is not enough: 42 areas' rates lie close together.)
      let otherAreaExactly = diagnosis?.match == .otherArea && diagnosis?.value == out.claim.value
      // "Last year there were 1,496": read as the newest year, but exactly the year before's.
      // Only a figure of three or more digits: a small count ("removed four people") matches
      // another year's by chance too often to doubt the reading.
      let otherYearOfARelativeOne = out.claim.periodRelative && diagnosis?.match == .otherPeriod
        && diagnosis?.value == out.claim.value && out.claim.value >= 100
      let weak = out.claim.measureInferred || (!out.claim.areaNamed && otherAreaExactly) || otherYearOfARelativeOne
      if weak, let note = diagnosis?.note {
        // Our reading of a bare number is the weaker link: never cry wolf on it.
        out.verdict = .unverifiable
        out.reason = .uncertainReading
        out.suggestion = nil
        out.message = otherYearOfARelativeOne && !out.claim.measureInferred
          ? "'\(text)' is \(canonicalArea)'s \(diagnosis?.period ?? "") figure, not \(period)'s (\(Self.show(out.expected ?? 0, unit: measure.unit))): the words for the year may mean either; check which is meant"
          : "'\(text)' does not match the official \(Self.show(out.expected ?? 0, unit: measure.unit)) for \(canonicalArea), \(period), but \(note); check which figure is meant"
      }
    }
  }

  /// A share that no source prints (`derivation: share`, no figures of its own), computed from
  /// its two counts and judged as a level, the arithmetic shown: "1,548 / 1,596 = 97.0%".
  func computedShare(_ out: inout CheckedClaim) -> Bool {
    guard measure.derivation == .share, measure.derivedFrom.count == 2,
      let d = dataset.share(measure: measure.derivedFrom[0], of: measure.derivedFrom[1], area: canonicalArea,
                            period: period, asOf: asOf),
      let part = d.inputs.first
    else { return false }
    judge(&out, official: d.value, interval: .exactly(d.value), figure: part, arithmetic: d.arithmetic)
    out.evidence?.measure = measure.id
    if d.inputs.count == 2, d.inputs[1].source.url != part.source.url {
      out.notes.append("the total, \(NumberText.format(d.inputs[1].value)), is from \(d.inputs[1].source.url)")
    }
    return true
  }

  /// Whether two different whole numbers of two or more digits are written with the same
  /// digits in another order: "1,569" for 1,596, "531" for 351.
  static func transposed(_ a: Double, _ b: Double) -> Bool {
    guard a != b, a >= 10, b >= 10, a < 1e15, b < 1e15, a == a.rounded(), b == b.rounded() else { return false }
    /// How many of each digit, four bits a digit (a number below 10^15 has at most 15 of any),
    /// and how many digits: compared without making strings.
    func digits(_ x: Double) -> (count: Int, tally: UInt64) {
      var n = Int(x), count = 0, tally: UInt64 = 0
      while n > 0 {
        tally &+= 1 << (4 * UInt64(n % 10))
        n /= 10
        count += 1
      }
      return (count, tally)
    }
    return digits(a) == digits(b)
  }

  /// Releases disagree (a figure printed one way in one source, another in the next): a claim
  /// that matches any of them is supported, with the disagreement noted.
  func otherRelease(_ out: inout CheckedClaim, _ figure: Figure) -> Bool {
    guard let other = (figure.previous + figure.revisions).first(where: { out.claimed.overlaps(officialInterval($0.value)) })
    else { return false }
    out.verdict = .supported
    out.suggestion = nil
    out.message = "matches \(NumberText.format(other.value)), as another source printed this figure"
    out.notes.append("the release in force at \(asOf) gives \(NumberText.format(figure.value)); \(other.source.url) gives \(NumberText.format(other.value))")
    return true
  }

  /// A count three or more times off is rarely the same figure mistyped: more likely the
  /// sentence is about something the dataset does not hold (a subgroup, another measure).
  func farOff(_ out: inout CheckedClaim, _ figure: Figure) -> Bool {
    guard measure.unit == .count, figure.value > 0, out.claim.value > 0 else { return false }
    let ratio = out.claim.value / figure.value
    guard ratio >= 3 || ratio <= 1.0 / 3 else { return false }
    out.verdict = .unverifiable
    out.reason = .implausible
    out.suggestion = nil
    out.message = "'\(text)' is \(ratio >= 3 ? "\(NumberText.format(ratio, decimals: 1)) times" : "a small fraction of") the official \(NumberText.format(figure.value)) (\(measure.label.lowercasedFirst), \(figure.area), \(figure.period)): probably about something else; check by hand"
    if ratio >= 3, let note = nationalSizeNote(out.claim.value) { out.notes.append(note) }
    return true
  }

  /// "more than 1,640 times … with 46 of the breaches logged in West Midlands": a count far
  /// above the area's, where the dataset has no national figure for the period but has one of
  /// the count's size for another: a note that names it, so the reader checks the national
  /// figure rather than the area's. (Only a note: the verdict stays unverifiable.)
  func nationalSizeNote(_ value: Double) -> String? {
    guard let national = dataset.gazetteer.national, national.name != canonicalArea,
      let e = dataset.nationalAreaEntry, nationalFigure() == nil,
      let year = Int(period.prefix(4))
    else { return nil }
    let nearest = dataset.series(measureIndex: measureIndex, areaEntry: e, asOf: asOf)
      .filter { $0.value > 0 }
      .min { abs((Int($0.period.prefix(4)) ?? 0) - year) < abs((Int($1.period.prefix(4)) ?? 0) - year) }
    guard let n = nearest, value / n.value >= 0.5, value / n.value <= 2 else { return nil }
    return "of the size of the \(national.name) figure (\(NumberText.format(n.value)) in \(n.period); the dataset has none for \(period)): a national number?"
  }

  /// A figure many times the local one and of the national one's size, in a sentence that
  /// names no area, is about the nation: "the register held a record 68,357 people" in a local
  /// story. It is then judged against the national figure, right or wrong.
  func nationalReading(_ out: inout CheckedClaim, local: Figure) -> Bool {
    guard let national = dataset.gazetteer.national, national.name != canonicalArea,
      local.value > 0, out.claim.value / local.value >= 5,
      let n = nationalFigure(), n.value > 0,
      out.claim.value / n.value >= 0.5, out.claim.value / n.value <= 2,
      // Where the sentence names the area, only a figure that matches the national one is
      // read as national; "31,920 … in Essex" stays about Essex.
      !out.claim.areaNamed || out.claimed.overlaps(officialInterval(n.value))
    else { return false }
    out.notes = []
    out.suggestion = nil
    judge(&out, official: n.value, interval: officialInterval(n.value), figure: n, arithmetic: nil)
    out.claim.area = national.name
    out.notes.append("read as the \(national.name) figure: \(NumberText.format(out.claim.value)) is far above \(local.area.split(separator: " + ").joined(separator: " and "))'s \(NumberText.format(local.value))")
    return true
  }

  /// No figure for the area, which the sentence does not name, and a count that is exactly
  /// the national figure ("climbing from 1,905" in a Bedfordshire story; 1,905 is England and
  /// Wales's): read as the national figure, and supported. Only an exact match of a count of
  /// three or more digits is taken: a national figure that differs says nothing either way.
  /// A count of the national figure's size that differs from it stays unverifiable, with the
  /// national figure noted for whoever checks it by hand.
  func nationalMatch(_ out: inout CheckedClaim) -> Bool {
    guard !out.claim.areaNamed, measure.unit == .count, out.claim.value >= 100,
      let national = dataset.gazetteer.national, national.name != canonicalArea,
      let n = nationalFigure(), n.value > 0
    else { return false }
    guard n.value == out.claim.value else {
      let ratio = out.claim.value / n.value
      if ratio >= 0.5, ratio <= 2 {
        out.notes.append("if the \(national.name) figure is meant: it is \(NumberText.format(n.value)) for \(n.period)")
      }
      return false
    }
    let missing = out.message
    let before = out
    out.notes = []
    judge(&out, official: n.value, interval: officialInterval(n.value), figure: n, arithmetic: nil)
    // "more than 1,905": equal in value, but not the national figure; the area's claim stands.
    guard out.verdict == .supported else { out = before; return false }
    out.reason = nil
    out.claim.area = national.name
    out.notes.append("read as the \(national.name) figure, which it equals: \(missing), and the sentence names no area")
    return true
  }

  /// Official whole-number rates and percentages were rounded when published: ±0.5.
  func officialInterval(_ x: Double) -> ClaimInterval {
    switch measure.unit {
    case .count: .exactly(x)
    default: .published(x, rounded: x == x.rounded())
    }
  }

  func miss(_ out: inout CheckedClaim, _ miss: Miss) {
    out.verdict = .unverifiable
    out.reason = miss.reason
    out.message = miss.message
  }

  /// Sets the verdict from an official interval and fills in the evidence.
  func judge(_ out: inout CheckedClaim, official: Double, interval: ClaimInterval, figure: Figure,
             arithmetic: String?, basePeriod: String? = nil) {
    out.expected = official
    setEvidence(&out, figure, value: official, arithmetic: arithmetic, basePeriod: basePeriod)
    var interval = interval
    if figure.source.flags.contains("rounded_in_source"), official == figure.value {
      // Only ever printed rounded ("about 64,300"): any value that rounds to it fits.
      let step = Tolerance.step(of: NumericExpression(range: out.claim.range, value: official, form: .number), text: "")
      interval = ClaimInterval(lower: official - step / 2, upper: official + step / 2)
      out.notes.append("the official figure was only published rounded, as \(NumberText.format(official))")
    }
    let ok = out.claimed.overlaps(interval)
    out.verdict = ok ? .supported : .contradicted
    out.message = verdictMessage(ok, official: official, figure: figure)
    if !ok {
      // "nine in ten", "three quarters" against a percentage: the fix is the percentage.
      out.suggestion = out.claim.expression.form == .fraction && measure.unit == .percent
        ? "\(NumberText.format(official.rounded())) per cent"
        : Suggestion.rewrite(text, expression: out.claim.expression, official: official)
    }
    // Most figures were never revised: no empty list made and appended.
    if !figure.revisions.isEmpty { out.notes += revisionNotes(figure) }
    if figure.source.flags.contains("implausible") || figure.source.flags.contains("unverified") {
      out.notes.append("the official figure is flagged \(figure.source.flags.joined(separator: ", ")) in the dataset")
      if out.verdict == .contradicted { out.verdict = .unverifiable; out.reason = .implausible }
    }
  }

  /// "matches the official 1,596 (registered sex offenders in Essex, 2019-20)", or "'…' does
  /// not match …": its parts' bytes copied once into storage of the final size. Interpolating
  /// grew the string several times (17 M instructions for 2,000 articles), and appending
  /// the parts to a reserved string still cost about 340 instructions a part (13.6 M).
  /// The official figure as shown (`show`) is written on the stack and copied from there:
  /// made a `String` first, it cost about 540 instructions a claim.
  private func verdictMessage(_ ok: Bool, official: Double, figure: Figure) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.shownCapacity) { buffer in
      if let n = Self.writeShown(official, unit: measure.unit, to: buffer.baseAddress!) {
        return verdictMessage(ok, shown: UnsafeBufferPointer(rebasing: buffer[..<n]), figure: figure)
      }
      var shown = Self.show(official, unit: measure.unit)
      return shown.withUTF8 { verdictMessage(ok, shown: $0, figure: figure) }
    }
  }

  private func verdictMessage(_ ok: Bool, shown: UnsafeBufferPointer<UInt8>, figure: Figure) -> String {
    // An ASCII first letter is lowered as it is copied; any other through `lowercasedFirst`.
    let asciiFirst = (measure.label.utf8.first ?? 0) < 0x80
    let label = asciiFirst ? measure.label : measure.label.lowercasedFirst
    let capacity =
      (ok ? 0 : text.utf8.count + 13) + 21 + shown.count + 2 + label.utf8.count + 4
      + figure.area.utf8.count + 2 + figure.period.utf8.count + 1
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var out = UTF8Writer(buffer: buffer)
      if !ok {
        out.write("'")
        out.write(text)
        out.write("' does not ")
      }
      out.write(ok ? "matches the official " : "match the official ")
      out.write(shown)
      out.write(" (")
      out.write(label, lowerFirst: asciiFirst)
      out.write(" in ")
      out.write(figure.area)
      out.write(", ")
      out.write(figure.period)
      out.write(")")
      return out.count
    }
  }

  /// `out.evidence = evidence(…)`, made in place: the evidence made and returned was copied
  /// into the claim and destroyed (2.6 M instructions for 2,000 articles).
  func setEvidence(_ out: inout CheckedClaim, _ f: Figure, value: Double, arithmetic: String?,
                   basePeriod: String?) {
    out.evidence = Evidence(
      dataset: dataset.id, measure: f.measure, area: f.area, period: f.period,
      basePeriod: basePeriod, value: value, sourceURL: f.source.url,
      sourcePublished: f.source.published, sourceKind: f.source.kind.rawValue,
      releaseDate: f.releaseDate, flags: f.source.flags, arithmetic: arithmetic,
      revisions: f.revisions.isEmpty ? [] : revisionTexts(f))
  }

  private func revisionTexts(_ f: Figure) -> [String] {
    f.revisions.map { r in
      "revised to \(NumberText.format(r.value))" + (r.source.published.map { " (\($0))" } ?? "")
    }
  }

  func revisionNotes(_ f: Figure) -> [String] {
    f.revisions.filter { $0.value != f.value }.map { r in
      "later revised to \(NumberText.format(r.value))" + (r.source.published.map { " in \($0)" } ?? "")
        + "; judged against the figure published by \(asOf)"
    }
  }

  /// "1,596", "27.3 per 100,000", "12%", "one in 812": a figure in its measure's unit. Written
  /// on the stack by `writeShown` and made a `String` once; `showGenerally` when it cannot be.
  static func show(_ x: Double, unit: MeasureUnit) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: shownCapacity) { buffer in
      guard let n = writeShown(x, unit: unit, to: buffer.baseAddress!) else {
        return showGenerally(x, unit: unit)
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
    }
  }

  /// The room `writeShown` needs: two numbers and " per ".
  static var shownCapacity: Int { 2 * NumberText.maxLength + 8 }

  /// Writes `show(x, unit:)` at `out` (room for `shownCapacity` bytes) and returns its length,
  /// or nil when a number in it is one `NumberText.write` does not take.
  static func writeShown(_ x: Double, unit: MeasureUnit, to out: UnsafeMutablePointer<UInt8>) -> Int? {
    switch unit {
    case .count:
      return NumberText.write(x, decimals: nil, signed: false, to: out)
    case .rate(let base):
      guard let n = NumberText.write(x, decimals: nil, signed: false, to: out) else { return nil }
      let per: StaticString = " per "
      (out + n).initialize(from: per.utf8Start, count: per.utf8CodeUnitCount)
      let m = n + per.utf8CodeUnitCount
      guard let b = NumberText.write(base, decimals: nil, signed: false, to: out + m) else { return nil }
      return m + b
    case .percent:
      guard let n = NumberText.write(x, decimals: nil, signed: false, to: out) else { return nil }
      out[n] = UInt8(ascii: "%")
      return n + 1
    case .oneInN:
      let one: StaticString = "one in "
      out.initialize(from: one.utf8Start, count: one.utf8CodeUnitCount)
      guard let n = NumberText.write(x, decimals: nil, signed: false, to: out + one.utf8CodeUnitCount) else {
        return nil
      }
      return one.utf8CodeUnitCount + n
    }
  }

  /// What `show` returns, for any figure.
  static func showGenerally(_ x: Double, unit: MeasureUnit) -> String {
    switch unit {
    case .count: NumberText.format(x)
    case .rate(let base): "\(NumberText.format(x)) per \(NumberText.format(base))"
    case .percent: "\(NumberText.format(x))%"
    case .oneInN: "one in \(NumberText.format(x))"
    }
  }
}

/// Copies strings' UTF-8 one after another into a buffer large enough for all of them.
struct UTF8Writer {
  let buffer: UnsafeMutableBufferPointer<UInt8>
  private(set) var count = 0

  init(buffer: UnsafeMutableBufferPointer<UInt8>) {
    self.buffer = buffer
  }

  /// Appends `bytes`.
  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    UnsafeMutableRawPointer(buffer.baseAddress! + count).copyMemory(from: source, byteCount: bytes.count)
    count += bytes.count
  }

  /// Appends `s`; with `lowerFirst`, an ASCII capital first letter as lower case.
  mutating func write(_ s: String, lowerFirst: Bool = false) {
    let start = count
    let copied: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in
      guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
      UnsafeMutableRawPointer(buffer.baseAddress! + count).copyMemory(from: source, byteCount: bytes.count)
      count += bytes.count
    }
    if copied == nil {
      for b in s.utf8 {
        buffer[count] = b
        count += 1
      }
    }
    if lowerFirst, count > start, buffer[start] >= UInt8(ascii: "A"), buffer[start] <= UInt8(ascii: "Z") {
      buffer[start] += 0x20
    }
  }
}

extension String {
  /// An ASCII first letter is lowered on the bytes: through `Character.lowercased()` and a
  /// concatenation, every verdict message paid about 1,200 instructions for its label.
  var lowercasedFirst: String {
    guard let byte = utf8.first else { return self }
    if byte < 0x80 {
      guard byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") else { return self }
      return String(unsafeUninitializedCapacity: utf8.count) { buffer in
        _ = buffer.initialize(from: utf8)
        buffer[0] = byte + 0x20
        return utf8.count
      }
    }
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
