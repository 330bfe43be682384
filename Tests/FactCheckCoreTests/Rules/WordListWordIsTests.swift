import Testing

@testable import FactCheckCore

/// `WordList.word(_:is:)` compares a word in place with a lowercase literal; it must say what
/// comparing the word's String (`words[k] == literal`) says: for any case, possessives ("'s",
/// "s'", curly ones), non-ASCII words (compared as Strings), and words of other lengths.
@Suite struct WordListWordIsTests {
  static let literals: [StaticString] = [
    "in", "and", "the", "by", "of", "or", "to", "when", "for", "across", "had", "has", "have", "saw", "with",
    "recorded", "reported", "registered", "county", "s", "",
  ]

  /// A view of `text` split at spaces, every piece a word.
  static func view(_ text: String) -> PhraseView {
    let document = Document(text: text)
    var tokens: [Token] = []
    var start = 0
    let bytes = Array(text.utf8)
    for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
      if end > start { tokens.append(Token(range: SourceRange(start: start, end: end), kind: .word)) }
      start = end + 1
    }
    return PhraseView(document: document, range: SourceRange(start: 0, end: bytes.count), tokens: tokens,
                      expressions: [])
  }

  @Test func agreesWithTheString() {
    let texts = [
      "", "In AND The by OF Or TO When FOR Across had HAS Have saw WITH",
      "county's County's counties' in's ins' Has's registered's Registereds' s 's s' x",
      "In’s for’s county’s Zürich ÉTÉ naïve İn ın ıN",
      "inn i n an andd th thee recordedd reporte registere acrosss",
    ]
    var matched = 0
    for text in texts {
      let view = Self.view(text)
      for k in 0..<view.words.count {
        for literal in Self.literals {
          let expected = view.words[k] == literal.description
          #expect(view.words.word(k, is: literal) == expected, "\(view.words[k]) is \(literal)")
          if expected { matched += 1 }
        }
        #expect(SentenceResolver.ownsNumber(view.words, k) == SentenceResolver.ownsNumber.contains(view.words[k]))
      }
    }
    #expect(matched > 20)
  }
}
