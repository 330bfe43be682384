import FactCheckCore
import FactCheckICU
import Testing

/// One expected expression: the sentence, the exact span text and what it must read as.
struct NumberCase: CustomTestStringConvertible, Sendable {
  var sentence: String
  var span: String
  var value: Double
  var form: NumberForm
  var hedge: Hedge? = nil
  var min: Double? = nil
  var max: Double? = nil

  var testDescription: String { "\(span) in \(sentence)" }
}

let segmenter = try! ICUSegmenter()

/// The expressions found in `text`, paired with their text.
func recognize(_ text: String) -> [(String, NumericExpression)] {
  let doc = Document(text: text)
  return NumberRecognizer().recognizeAll(in: doc, segmenter: segmenter).map {
    (doc.slice($0.range), $0)
  }
}

/// Checks that `c.span` is found exactly once with the expected reading; `prefix` is put
/// before the sentence and every span must move by its byte length.
func check(_ c: NumberCase, prefix: String = "") {
  let plain = recognize(c.sentence)
  let hits = plain.filter { $0.0 == c.span }
  #expect(hits.count == 1, "found \(plain.map { "\($0.0)" }) for \(c.span)")
  guard let e = hits.first?.1 else { return }
  #expect(abs(e.value - c.value) <= 1e-9 * Swift.max(1, abs(c.value)), "value of \(c.span)")
  #expect(e.form == c.form, "form of \(c.span)")
  #expect(e.hedge == c.hedge, "hedge of \(c.span)")
  #expect(e.min == c.min, "min of \(c.span)")
  #expect(e.max == c.max, "max of \(c.span)")
  guard !prefix.isEmpty else { return }
  let shifted = recognize(prefix + c.sentence)
  let shift = prefix.utf8.count
  #expect(shifted.count == plain.count, "same expressions after a prefix")
  for (a, b) in zip(plain, shifted) {
    #expect(b.1.range.start == a.1.range.start + shift && b.1.range.end == a.1.range.end + shift)
    #expect(b.0 == a.0)
  }
}
