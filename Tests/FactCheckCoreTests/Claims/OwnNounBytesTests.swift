@testable import FactCheckCore
import Testing

/// `SentenceResolver.isOwnNoun` reads the length and endings off the bytes once the word is
/// known to be ASCII lowercase letters: it must answer as the test through characters did, on
/// every kind of word (empty, short, capitalised, non-ASCII, combining marks, the endings it
/// rules out, the listed nouns and verbs).
@Suite struct OwnNounBytesTests {
  /// The test as it read through characters.
  static func reference(_ word: String) -> Bool {
    if SentenceResolver.collectiveNouns.contains(word) { return true }
    guard word.count >= 4, word.hasSuffix("s"), word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
      !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"),
      !SentenceResolver.peopleNouns.contains(word), !SentenceResolver.verbsAfterNumbers.contains(word)
    else { return false }
    return true
  }

  @Test func answersAsThroughCharacters() {
    var words = [
      "", "s", "as", "ass", "arms", "areas", "officers", "staff", "police", "crew", "personnel",
      "Officers", "OFFICERS", "officerS", "offences", "dangerous", "bus", "buses", "crisis", "class",
      "classes", "cafés", "cafe\u{301}s", "naïves", "ﬁles", "files\u{301}", "ｆｉｌｅｓ", "areas ",
      " areas", "are-as", "area's", "1,596s", "x\u{0}ys", "🇫🇷s", "ßss", "offenders", "people",
      "represents", "times", "was", "has", "gives", "sits", "abcs", "abus", "abis", "abss",
    ]
    words += Array(SentenceResolver.peopleNouns) + Array(SentenceResolver.verbsAfterNumbers)
      + Array(SentenceResolver.collectiveNouns)
    // Every word of up to four letters from a small alphabet, with a few other bytes.
    let letters: [Character] = ["a", "i", "s", "u", "S", "é", "-", "z"]
    var short: [String] = [""]
    for _ in 0..<4 {
      short = short + short.flatMap { w in letters.map { w + String($0) } }
    }
    words += short
    for word in Set(words) {
      #expect(SentenceResolver.isOwnNoun(word) == Self.reference(word), "\(word)")
    }
  }
}
