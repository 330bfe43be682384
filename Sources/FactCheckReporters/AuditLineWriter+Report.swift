import FactCheckCore

/// The report's objects, each key in UTF-8 byte order (as `JSONEncoder`'s `.sortedKeys` would
/// put it) and each optional left out when nil (as `encodeIfPresent` does).
///
/// Written straight from the `DocumentReport`, field for field what `JSONReporter.document`
/// puts in `ReportV1.DocumentV1` (the Foundation path the tests compare with). Going through
/// those structs copied every string of every claim into them and released it again, and
/// reading `checked?[i]` copied each checked claim: about 1.5% of an audit.
extension AuditLineWriter {
  /// A `check` document plus the archive's `id`, `url` and `title`, in one object.
  mutating func document(_ r: DocumentReport, id: String?, url: String?, title: String?, explain: Bool) {
    let doc = r.document
    let own = url.map(OwnPage.init)
    openObject()
    key("claims")
    openArray()
    // Each claim read in place through a pointer: passed as values, each checked claim and its
    // claim were copied (every string retained) and destroyed again, and the optional fields
    // copied out of them with `memcpy` (together 13 M instructions for 2,000 articles).
    var places = LocationCursor()
    if let checked = r.checked {
      // The claim inside each checked claim, at the offset the layout gives for the field.
      let offset = MemoryLayout<CheckedClaim>.offset(of: \CheckedClaim.claim)!
      checked.withUnsafeBufferPointer { all in
        for i in all.indices {
          element()
          let one = all.baseAddress.unsafelyUnwrapped + i
          let inner = (UnsafeRawPointer(one) + offset).assumingMemoryBound(to: Claim.self)
          claim(inner, checked: one, doc, &places, explain: explain, own: own)
        }
      }
    } else {
      r.extracted.claims.withUnsafeBufferPointer { all in
        for i in all.indices {
          element()
          claim(all.baseAddress.unsafelyUnwrapped + i, checked: nil, doc, &places, explain: explain)
        }
      }
    }
    closeArray()
    field("data_period", r.extracted.dataPeriod)
    field("id", id)
    numbers("ignored", r.extracted.ignored, doc)
    field("main_area", r.extracted.mainArea)
    field("path", doc.name)
    key("published")
    date(r.published)
    field("published_assumed", !r.publishedGiven)
    if r.publishedDayAssumed { field("published_day_assumed", true) }
    key("summary")
    summary(r.summary)
    field("title", title)
    numbers("unparsed", r.extracted.unparsed, doc)
    field("url", url)
    closeObject()
  }

  /// One claim, `checked` nil when nothing verified it (see `JSONReporter.claim`). Both are
  /// read in place (see `document`); `c` is `checked`'s claim when there is one.
  mutating func claim(_ c: UnsafePointer<Claim>, checked: UnsafePointer<CheckedClaim>?, _ doc: Document,
                      _ places: inout LocationCursor, explain: Bool, own: borrowing OwnPage? = nil) {
    let loc = places.location(of: c.pointee.range.start, in: doc)
    openObject()
    field("area", c.pointee.area)
    field("base_period", c.pointee.basePeriod)
    if let checked {
      key("claimed")
      interval(checked.pointee.claimed)
    }
    field("column", loc.column)
    field("direction", c.pointee.direction?.rawValue)
    if let checked, let e = Self.evidence(of: checked) {
      key("evidence")
      evidence(e, own: own)
    }
    field("expected", checked?.pointee.expected)
    if explain { field("explanation", c.pointee.reasons) }
    field("form", c.pointee.expression.form.rawValue)
    field("hedge", c.pointee.expression.hedge?.rawValue)
    field("kind", c.pointee.kind.rawValue)
    field("line", loc.line)
    field("max", c.pointee.expression.max)
    field("measure", c.pointee.measure)
    if let checked { field("message", checked.pointee.message) }
    field("min", c.pointee.expression.min)
    if let checked { field("notes", checked.pointee.notes) }
    field("period", c.pointee.period)
    // "form" and "kind" are always written before: a comma is due.
    raw(",\"range\":")
    range(c.pointee.range)
    field("reason", checked?.pointee.reason?.rawValue)
    field("rule", c.pointee.ruleID)
    field("suggestion", checked?.pointee.suggestion)
    raw(",\"text\":")
    text(c.pointee.range, doc)
    field("unit", JSONReporter.unit(c.pointee.kind, base: c.pointee.expression.base, form: c.pointee.expression.form))
    field("value", c.pointee.expression.value)
    if let checked {
      raw(",\"verdict\":")
      string(checked.pointee.verdict.rawValue)
    }
    closeObject()
  }

  /// The evidence of a checked claim, in place; nil when it has none. Unwrapped as a value
  /// (`checked.pointee.evidence!`), each evidence was copied, its ten strings and arrays
  /// retained, and destroyed again (2.9 M instructions for 2,000 articles).
  ///
  /// Sound because an `Optional`'s payload is stored at the optional's own address (Swift
  /// lays out a single-payload enum with the payload at offset 0, any extra tag after it), and
  /// the pointer is read only while `checked` is, and only when the optional holds a value.
  static func evidence(of checked: UnsafePointer<CheckedClaim>) -> UnsafePointer<Evidence>? {
    let offset = MemoryLayout<CheckedClaim>.offset(of: \CheckedClaim.evidence)!
    let optional = (UnsafeRawPointer(checked) + offset).assumingMemoryBound(to: Evidence?.self)
    guard case .some = optional.pointee else { return nil }
    return UnsafeRawPointer(optional).assumingMemoryBound(to: Evidence.self)
  }

  /// The evidence object (see `ReportV1.EvidenceV1`), read in place (see `evidence(of:)`);
  /// `own` is the article's own page, when it has an address.
  mutating func evidence(_ p: UnsafePointer<Evidence>, own: borrowing OwnPage? = nil) {
    openObject()
    field("area", p.pointee.area)
    field("arithmetic", p.pointee.arithmetic)
    field("base_period", p.pointee.basePeriod)
    field("dataset", p.pointee.dataset)
    field("flags", p.pointee.flags)
    field("measure", p.pointee.measure)
    field("period", p.pointee.period)
    if let released = p.pointee.releaseDate {
      key("release_date")
      date(released)
    }
    field("revisions", p.pointee.revisions)
    if own?.isSource(p.pointee.sourceURL) == true { field("source_is_document", true) }
    field("source_kind", p.pointee.sourceKind)
    field("source_published", p.pointee.sourcePublished)
    field("source_url", p.pointee.sourceURL)
    field("value", p.pointee.value)
    closeObject()
  }

  mutating func numbers(_ name: StaticString, _ list: [SetAside], _ doc: Document) {
    key(name)
    openArray()
    var places = LocationCursor()
    // Each number read in place, not copied out (its strings retained) and destroyed again.
    list.withUnsafeBufferPointer { all in
      for i in all.indices {
        element()
        number(all.baseAddress.unsafelyUnwrapped + i, doc, &places)
      }
    }
    closeArray()
  }

  /// A number set aside or not understood (see `ReportV1.NumberV1`). Every key but `rule` is
  /// always there, so the keys and punctuation between values go out as fixed runs.
  mutating func number(_ n: UnsafePointer<SetAside>, _ doc: Document, _ places: inout LocationCursor) {
    let loc = places.location(of: n.pointee.range.start, in: doc)
    raw("{\"column\":")
    int(loc.column)
    raw(",\"form\":")
    string(n.pointee.form.rawValue)
    raw(",\"line\":")
    int(loc.line)
    raw(",\"range\":")
    range(n.pointee.range)
    raw(",\"reason\":")
    string(n.pointee.reason)
    if let rule = n.pointee.ruleID {
      raw(",\"rule\":")
      string(rule)
    }
    raw(",\"text\":")
    text(n.pointee.range, doc)
    raw(",\"value\":")
    double(n.pointee.value)
    closeObject()
  }

  /// The document's text in `r` as a JSON string, escaped from the document's bytes without
  /// making a `String` of them. `Document.slice` clamps the range and repairs a cut character;
  /// a range that is not clamped to whole characters goes through it unchanged.
  mutating func text(_ r: SourceRange, _ doc: Document) {
    let bytes = doc.utf8
    let lo = max(0, min(r.start, bytes.count))
    let hi = max(lo, min(r.end, bytes.count))
    // The document's bytes are valid UTF-8 (they come from a `String`), so a slice that starts
    // and ends on character boundaries is too, and decodes to the same bytes.
    let whole = (lo == bytes.count || !Self.isContinuation(bytes[lo]))
      && (hi == bytes.count || !Self.isContinuation(bytes[hi]))
    guard whole else { return string(doc.slice(r)) }
    bytes.withUnsafeBufferPointer { utf8(UnsafeBufferPointer(rebasing: $0[lo..<hi])) }
  }

  private static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

  // Objects whose keys are all always there: keys and punctuation as fixed runs.

  mutating func range(_ r: SourceRange) {
    raw("{\"end\":")
    int(r.end)
    raw(",\"start\":")
    int(r.start)
    closeObject()
  }

  mutating func interval(_ i: ClaimInterval) {
    raw("{\"lower\":")
    double(i.lower)
    raw(",\"lowerOpen\":")
    bool(i.lowerOpen)
    raw(",\"upper\":")
    double(i.upper)
    raw(",\"upperOpen\":")
    bool(i.upperOpen)
    closeObject()
  }

  mutating func summary(_ s: DocumentReport.Summary) {
    raw("{\"claims\":")
    int(s.claims)
    raw(",\"contradicted\":")
    int(s.contradicted)
    raw(",\"ignored\":")
    int(s.ignored)
    raw(",\"supported\":")
    int(s.supported)
    raw(",\"unparsed\":")
    int(s.unparsed)
    raw(",\"unverifiable\":")
    int(s.unverifiable)
    closeObject()
  }

  /// An article that could not be read.
  mutating func failure(path: String, id: String?, url: String?, kind: String, message: String,
                        offset: Int?) {
    openObject()
    key("error")
    openObject()
    field("kind", kind)
    field("message", message)
    if let offset { field("offset", offset) }
    closeObject()
    field("id", id)
    field("path", path)
    field("url", url)
    closeObject()
  }
}

/// Line and column of a document's offsets taken in increasing order, as the claims and the
/// numbers of a document are: the line found by stepping forward from the last one, and the
/// column counted on from the last offset when it is on the same line, instead of a binary
/// search and a count from the line start (or from block counts) for each (3.5 M instructions
/// for the 14,000 locations of a 2,000-article audit). An offset before the last one asks
/// `Document.location`, so the result is always what that gives.
///
/// It keeps no copy of the document (copying one retains its arrays): each call is given it.
struct LocationCursor {
  /// The line holding `offset`, 0-based.
  private var line = 0
  /// The last offset asked for (clamped to the text), and its column.
  private var offset = 0
  private var column = 1

  mutating func location(of target: Int, in document: Document) -> SourceLocation {
    guard target >= offset else { return document.location(of: target) }
    let starts = document.lineIndex.lineStarts
    let bytes = document.utf8
    var moved = false
    while line &+ 1 < starts.count, starts[line &+ 1] <= target {
      line &+= 1
      moved = true
    }
    let lineStart = starts[line]
    let end = Swift.min(target, bytes.count)
    var from = moved ? lineStart : offset
    var counted = moved ? 1 : column
    if end <= lineStart {
      counted = 1
    } else {
      if from < lineStart {
        from = lineStart
        counted = 1
      }
      counted &+= bytes.withUnsafeBufferPointer { Self.scalarStarts($0, from: from, to: end) }
    }
    offset = Swift.max(end, offset)
    column = counted
    return SourceLocation(line: line &+ 1, column: counted)
  }

  /// The bytes of `b[from..<to]` that are not UTF-8 continuation bytes, eight at a time.
  private static func scalarStarts(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    guard let raw = UnsafeRawPointer(b.baseAddress), from < to else { return 0 }
    var count = 0
    var i = from
    while i &+ 8 <= to {
      let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      if word & 0x8080_8080_8080_8080 == 0 {
        count &+= 8
      } else {
        count &+= 8 &- ((word >> 7) & ~(word >> 6) & 0x0101_0101_0101_0101).nonzeroBitCount
      }
      i &+= 8
    }
    while i < to {
      if b[i] & 0xC0 != 0x80 { count &+= 1 }
      i &+= 1
    }
    return count
  }
}
