/// Finds every numeric expression in a sentence: counts, percentages, rates, one-in-N,
/// fractions, multiples, zeros, money, years, financial years, dates, relative periods,
/// durations, labels and pronouns, each with its exact span, value and hedge.
///
/// A token-level matcher with small word tables (`NumberLexicon`): words are compared as packed
/// lowercase ASCII keys, never through regular expressions. Spelled numbers are parsed by hand
/// (`SpelledNumberParser`), not with ICU's spell-out rules.
public struct NumberRecognizer: Sendable {
  public init() {}

  /// The expressions in one sentence's tokens, in text order and non-overlapping.
  public func recognize(in document: Document, tokens: [Token]) -> [NumericExpression] {
    let m = Matcher(view: SentenceView(document: document, tokens: tokens))
    var out: [NumericExpression] = []
    var i = 0
    while i < m.view.count {
      if let (e, next) = m.match(at: i) {
        // A number too large for a Double (a 400-digit run) is no statistic; it would print as
        // "inf" and break the JSON report.
        if e.value.isFinite && e.min?.isFinite != false && e.max?.isFinite != false { out.append(e) }
        i = next
      } else {
        i += 1
      }
    }
    return Self.mergeBounds(out, m.view)
  }

  /// Every expression in the document, sentence by sentence.
  public func recognizeAll(in document: Document, segmenter: some TextSegmenter)
    -> [NumericExpression]
  {
    segmenter.sentences(in: document).flatMap {
      recognize(in: document, tokens: segmenter.tokens(in: document, range: $0))
    }
  }

  /// "more than 10 and less than 20" → one range from 10 to 20.
  static func mergeBounds(_ e: [NumericExpression], _ view: SentenceView) -> [NumericExpression] {
    var out: [NumericExpression] = []
    for x in e {
      if let last = out.last, let lo = last.min ?? x.min, let hi = last.max ?? x.max,
        (last.min == nil) != (x.min == nil), (last.max == nil) != (x.max == nil),
        last.min == nil || last.max == nil, x.min == nil || x.max == nil, lo < hi,
        onlyConnectors(view, from: last.range.end, to: x.range.start)
      {
        var merged = last
        merged.range = last.range.union(x.range)
        merged.min = lo
        merged.max = hi
        merged.value = (lo + hi) / 2
        merged.hedge = .between
        out[out.count - 1] = merged
      } else {
        out.append(x)
      }
    }
    return out
  }

  private static func onlyConnectors(_ view: SentenceView, from: Int, to: Int) -> Bool {
    var sawConnector = false
    var sawComma = false
    for i in 0..<view.count where view[i].range.start >= from && view[i].range.end <= to {
      let k = view[i].key
      if k == W.and || k == W.but {
        sawConnector = true
      } else if view.punct(i) == 0x2C {
        sawComma = true
      } else {
        return false
      }
    }
    return sawConnector || sawComma
  }
}
