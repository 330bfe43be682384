@testable import FactCheckCore
import Testing

/// `CompiledRules.stem` reads the endings off the word's bytes in place: it must give what the
/// reading through an array of the bytes gave, on every kind of word (empty, short, each
/// ending at the lengths it is and is not cut at, capitalised, non-ASCII before the ending,
/// combining marks, NUL).
@Suite struct StemBytesTests {
  @Test func stemsAsThroughAnArray() {
    var words = [
      "", "s", "ss", "es", "ed", "ies", "ing", "ches", "shes", "xes", "ses", "zes",
      "breaches", "breached", "breaching", "agencies", "officers", "offences", "staff", "class",
      "boxes", "buses", "wishes", "dies", "ties", "lies", "bring", "thing", "things", "kings",
      "red", "bed", "bleed", "Agencies", "AGENCIES", "cafés", "cafe\u{301}s", "naïves", "ｆｉｌｅｓ",
      "déjà-vus", "x\u{0}ies", "🇫🇷ing", "ßes", "über", "areas ", " areas", "area's",
    ]
    // Every word of up to five letters from an alphabet of the endings' letters and a few
    // others.
    let letters: [String] = ["s", "e", "i", "d", "n", "g", "h", "c", "x", "z", "é", "a"]
    var all: [String] = [""]
    var last: [String] = [""]
    for _ in 0..<4 {
      last = last.flatMap { w in letters.map { w + $0 } }
      all += last
    }
    words += all
    words += all.map { "ab" + $0 }
    for word in Set(words) {
      #expect(CompiledRules.stem(word) == CompiledRules.referenceStem(word), "\(word)")
    }
  }
}
