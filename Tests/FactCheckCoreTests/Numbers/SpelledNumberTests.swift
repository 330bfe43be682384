@testable import FactCheckCore
import Testing

/// A number word alone is read by `SpelledNumberParser.alone`, without gathering pieces; it
/// must read every word as the general interpretation reads it.
@Suite struct SpelledNumberTests {
  @Test func aloneReadsEachWordAsInterpretDoes() {
    let doc = Document(text: "")
    let parser = SpelledNumberParser(view: SentenceView(document: doc, tokens: []))
    var atoms = Array(NumberLexicon.atoms.values)
    atoms += [.unit(0), .unit(13), .tens(90), .scale(100), .scale(1e12), .dozen, .part(2, plural: true),
              .part(4, plural: false), .ordinal(1, plural: true), .ordinal(100, plural: false),
              .ordinal(1e6, plural: false), .ordinal(25, plural: false)]
    var read = 0
    for a in atoms {
      let fast = SpelledNumberParser.alone(a)
      let general = parser.interpret([SpelledNumberParser.Piece.atom(a)][...])
      #expect(fast?.0 == general?.0 && fast?.1 == general?.1 && fast?.2 == general?.2, "\(a)")
      if fast != nil { read += 1 }
    }
    #expect(read > 40)
  }
}
