/// Numbers in one article that contradict each other, found without any dataset cell: the same
/// figure given twice with different values, and a change that its own start and end values do
/// not give ("from 1,480 to 2,150, a rise of 38 per cent").
enum Consistency {
  static func check(_ checked: inout [CheckedClaim], in document: Document) {
    sameFigureTwice(&checked, document)
    changeFromOwnFigures(&checked, document)
  }

  /// Up to this many claims before the last one that can be marked, the earlier claims are
  /// searched in a list rather than kept by cell in a dictionary: making the dictionary's
  /// storage looked its generic type up and allocated, about 2,300 instructions for each
  /// article with such a claim, more than scanning a few claims costs.
  static let linearLimit = 16

  static func sameFigureTwice(_ checked: inout [CheckedClaim], _ document: Document,
                              linearLimit: Int = linearLimit) {
    // Earlier unhedged level claims by cell, so each claim is compared with its own cell only.
    // Reserved: grown from empty, the dictionary rehashed every key (three strings each) at
    // each doubling, 4.4 M instructions for 2,000 articles.
    // Only an unverifiable claim can be marked, against the claims before it: none after the
    // last one matter. Most articles have none, and building the cells for nothing was most
    // of this (15.7 M instructions for 2,000 articles).
    // By index: `lastIndex(where:)` copied each claim out to test it.
    guard let last = checked.indices.last(where: { checked[$0].verdict == .unverifiable && isCompared(checked, $0) })
    else { return }
    if last < linearLimit {
      // The claims kept, every cell's in one list: a cell's own are those of the same cell,
      // in the order the dictionary's list for the cell would hold them.
      // Room for every claim up to the last at once (grown from empty, 1.3 M instructions of
      // 960 real articles). Each test compares the values before the cells' strings: both
      // are pure, and most claims kept differ in value, so most string compares are skipped.
      var kept: [Int] = []
      kept.reserveCapacity(last + 1)
      for j in checked.indices[...last] where isCompared(checked, j) {
        defer {
          if !kept.contains(where: { checked[$0].claimed.overlaps(checked[j].claimed) && sameCell(checked, $0, j) }) {
            kept.append(j)
          }
        }
        guard checked[j].verdict == .unverifiable,
          let i = kept.first(where: { mistyped(checked, $0, j) && sameCell(checked, $0, j) })
        else { continue }
        mark(&checked, j, against: i, document)
      }
      return
    }
    var earlier: [CellKind: [Int]] = [:]
    earlier.reserveCapacity(last + 1)
    for j in checked.indices[...last] where isCompared(checked, j) {
      // Read in place: copying the claim out copied all its strings.
      let key = CellKind(measure: checked[j].claim.measure, area: checked[j].claim.area,
                         period: checked[j].claim.period, kind: checked[j].claim.kind)
      // Keep one claim per distinct value of a cell, so a figure repeated many times costs
      // nothing more.
      defer { keep(j, in: &earlier[key, default: []], checked) }
      guard checked[j].verdict == .unverifiable,
        let i = earlier[key]?.first(where: { mistyped(checked, $0, j) })
      else { continue }
      mark(&checked, j, against: i, document)
    }
  }

  /// Whether claim `j` looks like claim `i` of the same cell mistyped. Only sizeable figures a
  /// little apart: small counts in one article are often different subgroups ("three …
  /// four"), and figures far apart are rarely the same one mistyped.
  private static func mistyped(_ checked: [CheckedClaim], _ i: Int, _ j: Int) -> Bool {
    let first = checked[i].claim.value, later = checked[j].claim.value
    return !checked[i].claimed.overlaps(checked[j].claimed) && min(first, later) >= 100
      && max(first, later) / min(first, later) <= 1.5
  }

  /// Marks claim `j` as contradicting the earlier claim `i` of the same figure.
  private static func mark(_ checked: inout [CheckedClaim], _ j: Int, against i: Int, _ document: Document) {
    let line = document.location(of: checked[i].claim.range.start).line
    let message = "'\(document.slice(checked[j].claim.range))' disagrees with '\(document.slice(checked[i].claim.range))' on line \(line) for the same figure (\(cell(checked[j].claim)))"
    checked[j].verdict = .contradicted
    checked[j].reason = nil
    checked[j].message = message
  }

  /// Whether claims `a` and `b` are about the same cell and of one kind (`CellKind`'s
  /// equality), read in place.
  private static func sameCell(_ checked: [CheckedClaim], _ a: Int, _ b: Int) -> Bool {
    checked[a].claim.kind == checked[b].claim.kind && checked[a].claim.measure == checked[b].claim.measure
      && checked[a].claim.area == checked[b].claim.area && checked[a].claim.period == checked[b].claim.period
  }

  /// Adds claim `j` to a cell's list unless a claim there already covers its value; through
  /// the dictionary's `default:` subscript, so the cell is looked up once.
  private static func keep(_ j: Int, in list: inout [Int], _ checked: [CheckedClaim]) {
    if !list.contains(where: { checked[$0].claimed.overlaps(checked[j].claimed) }) { list.append(j) }
  }

  static func changeFromOwnFigures(_ checked: inout [CheckedClaim], _ document: Document) {
    for k in checked.indices where checked[k].verdict == .unverifiable && checked[k].claim.kind == .percentChange {
      guard let base = checked[k].claim.basePeriod else { continue }
      // The start and end values written beside the change: same line, close by. The first
      // such count of each period, the claims read in place: copied out and filtered into a
      // list, the neighbours' claims (with all their strings) cost some 19,000 instructions a
      // change with a base period (18.7 M of 960 real articles).
      let start = checked[k].claim.range.start
      let line = document.lineIndex.lineNumber(of: start)
      var fromValue: Double?
      var toValue: Double?
      for j in max(0, k - 8)..<min(checked.count, k + 9) {
        guard checked[j].claim.kind == .count, abs(checked[j].claim.range.start - start) <= 200,
          checked[j].claim.measure == checked[k].claim.measure, checked[j].claim.area == checked[k].claim.area,
          checked[j].claim.expression.hedge == nil,
          document.lineIndex.lineNumber(of: checked[j].claim.range.start) == line
        else { continue }
        if fromValue == nil, checked[j].claim.period == base { fromValue = checked[j].claim.value }
        if toValue == nil, checked[j].claim.period == checked[k].claim.period { toValue = checked[j].claim.value }
      }
      guard let fromValue, let toValue, fromValue > 0, max(fromValue, toValue) / min(fromValue, toValue) <= 3
      else { continue }
      let change = checked[k].claim
      let computed = (toValue / fromValue - 1) * 100
      let signed = change.direction == .down ? -computed : computed
      let written = change.value
      let fits = checked[k].claimed.contains(signed)
        || (signed >= written && signed < written + change.expression.resolution)
      let arithmetic = "\(NumberText.format(toValue)) / \(NumberText.format(fromValue)) − 1 = \(NumberText.format(computed, decimals: 1, signed: true))%"
      if fits {
        checked[k].notes.append("consistent with the article's own figures: \(arithmetic)")
      } else {
        checked[k].verdict = .contradicted
        checked[k].reason = nil
        checked[k].message = "the article's own figures give \(arithmetic), not '\(document.slice(change.range))'"
        checked[k].suggestion = Suggestion.rewrite(document.slice(change.range), expression: change.expression, official: abs(computed))
      }
    }
  }

  /// A claim's cell and kind, as a key: cheaper than joining them into a string for every
  /// level claim.
  private struct CellKind: Hashable {
    var measure, area, period: String?
    var kind: ClaimKind
  }

  /// An unhedged level: the claims `sameFigureTwice` compares.
  private static func isCompared(_ c: Claim) -> Bool {
    isLevel(c) && c.expression.hedge == nil
  }

  /// `isCompared(checked[i].claim)`, the claim's fields read in place: passed whole, each
  /// claim was copied out of the array with all its strings and destroyed again.
  private static func isCompared(_ checked: [CheckedClaim], _ i: Int) -> Bool {
    let kind = checked[i].claim.kind
    return (kind == .count || kind == .rate) && checked[i].claim.measure != nil
      && checked[i].claim.area != nil && checked[i].claim.period != nil
      && checked[i].claim.expression.hedge == nil
  }

  private static func isLevel(_ c: Claim) -> Bool {
    (c.kind == .count || c.kind == .rate) && c.measure != nil && c.area != nil && c.period != nil
  }

  private static func sameCell(_ a: Claim, _ b: Claim) -> Bool {
    a.measure == b.measure && a.area == b.area && a.period == b.period && a.kind == b.kind
  }

  private static func cell(_ c: Claim) -> String {
    [c.measure, c.area, c.period].compactMap { $0 }.joined(separator: ", ")
  }
}
