import FactCheckCore
import Testing

/// Text that must not be read as a given form.
@Suite struct NumberNegativeTests {
  struct Negative: CustomTestStringConvertible, Sendable {
    var sentence: String
    var word: String
    /// The forms the word must not take; empty means nothing may overlap it.
    var forbidden: [NumberForm]
    var testDescription: String { "\(word) in \(sentence)" }
  }

  static let cases: [Negative] = [
    .init(sentence: "No one saw the van.", word: "No", forbidden: [.zero, .number]),
    .init(sentence: "Figures for 2017-18 were lower.", word: "2017-18",
      forbidden: [.number]),
    .init(sentence: "He said it may rain.", word: "may", forbidden: []),
    .init(sentence: "They will march on Sunday.", word: "march", forbidden: []),
    .init(sentence: "He was fined £2000 over 3 years.", word: "3 years", forbidden: [.fraction]),
    .init(sentence: "It is no longer open.", word: "no", forbidden: []),
    .init(sentence: "Someone else paid.", word: "Someone", forbidden: []),
    .init(sentence: "You can have a second go.", word: "second", forbidden: [.fraction]),
    .init(sentence: "In 1998 officers left.", word: "1998", forbidden: [.number]),
  ]

  @Test(arguments: cases)
  func notRead(_ c: Negative) {
    let doc = Document(text: c.sentence)
    let at = c.sentence.utf8.firstRange(of: c.word.utf8)!
    let lo = c.sentence.utf8.distance(from: c.sentence.utf8.startIndex, to: at.lowerBound)
    let word = SourceRange(start: lo, end: lo + c.word.utf8.count)
    let found = NumberRecognizer().recognizeAll(in: doc, segmenter: segmenter)
    for e in found where e.range.overlaps(word) {
      if c.forbidden.isEmpty {
        Issue.record("\(doc.slice(e.range)) read as \(e.form) in \(c.sentence)")
      } else {
        #expect(!c.forbidden.contains(e.form), "\(doc.slice(e.range)) read as \(e.form)")
      }
    }
  }

  @Test func rangeWithFromIsTwoNumbers() {
    let found = recognize("It rose from 312 to 355.").map(\.0)
    #expect(found == ["312", "355"])
  }
}
