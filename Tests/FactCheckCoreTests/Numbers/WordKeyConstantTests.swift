@testable import FactCheckCore
import Testing

/// The recogniser's word constants are written packed; each must be the key of its word.
@Suite struct WordKeyConstantTests {
  static let constants: [(WordKey, StaticString)] = [
    (W.a, "a"), (W.an, "an"), (W.and, "and"), (W.the, "the"), (W.of, "of"), (W.`in`, "in"),
    (W.to, "to"), (W.`for`, "for"), (W.every, "every"), (W.per, "per"), (W.cent, "cent"),
    (W.percent, "percent"), (W.percents, "percents"), (W.percentage, "percentage"),
    (W.pc, "pc"), (W.points, "points"), (W.point, "point"), (W.out, "out"), (W.over, "over"),
    (W.between, "between"), (W.from, "from"), (W.by, "by"), (W.through, "through"), (W.or, "or"),
    (W.times, "times"), (W.twice, "twice"), (W.thrice, "thrice"), (W.no, "no"), (W.not, "not"),
    (W.any, "any"), (W.did, "did"), (W.none, "none"), (W.nobody, "nobody"), (W.zero, "zero"),
    (W.nil_, "nil"), (W.one, "one"), (W.another, "another"), (W.this, "this"),
    (W.last, "last"), (W.next, "next"), (W.year, "year"), (W.years, "years"),
    (W.previous, "previous"), (W.before, "before"), (W.earlier, "earlier"), (W.ago, "ago"),
    (W.decade, "decade"), (W.decades, "decades"), (W.past, "past"), (W.`as`, "as"),
    (W.minus, "minus"), (W.negative, "negative"), (W.half, "half"), (W.dozen, "dozen"),
    (W.fold, "fold"), (W.more, "more"), (W.less, "less"), (W.fewer, "fewer"),
    (W.above, "above"), (W.below, "below"), (W.under, "under"), (W.same, "same"),
    (W.but, "but"), (W.many, "many"), (W.much, "much"), (W.than, "than"), (W.equal, "equal"),
    (W.st, "st"), (W.nd, "nd"), (W.rd, "rd"), (W.th, "th"), (W.were, "were"), (W.was, "was"),
    (W.been, "been"), (W.century, "century"), (W.sept, "sept"), (W.that, "that"),
  ]

  @Test func eachConstantIsItsWordsKey() {
    for (key, word) in Self.constants {
      #expect(key == WordKey(word), "\(word)")
    }
    // A constant written for the wrong word would also collide with another's key.
    #expect(Set(Self.constants.map(\.0)).count == Self.constants.count)
  }

  /// `packed` gives `lo` 0 exactly where the failable initializer gives nil, and the same key
  /// otherwise, near the buffer's end (the byte loop) and away from it (the wide loads).
  @Test func packedMatchesTheFailableKey() {
    let words = ["", "a", "Hello", "don't", "café", "abcdefghijklmnop", "abcdefghijklmnopq", "x1",
                 "ÉTÉ", "Z", "zz@", "[a]", "MixedCASEword"]
    for w in words {
      for padding in [0, 3, 16] {
        let bytes = Array(w.utf8) + [UInt8](repeating: 0x61, count: padding)
        let r = SourceRange(start: 0, end: w.utf8.count)
        let packed = bytes.withUnsafeBufferPointer { WordKey.packed($0, r) }
        let key = WordKey(bytes, r)
        #expect((packed.lo == 0) == (key == nil), "\(w) \(padding)")
        if let key { #expect(packed == key, "\(w) \(padding)") }
      }
    }
  }

  /// Probing the start table with unchecked bytes finds what the checked key finds, and
  /// nothing for a word that has no key: table words in mixed case, with a byte changed to a
  /// neighbour of the letters, a non-ASCII byte or an apostrophe, near the end and away.
  @Test func probeFindsWhatTheKeyFinds() {
    var generator = SystemRandomNumberGenerator()
    let words = ["the", "a", "Seventeen", "hundreds", "APPROXIMATELY", "thousandths", "no", "nineteenths",
                 "March", "sixfold", "between", "quadrupling", "x", "don't", "é", "Ab", "twenty"]
    let odd: [UInt8] = [0x40, 0x5B, 0x60, 0x7B, 0x27, 0x2D, 0x00, 0xC3, 0xE9, 0x31, 0x20]
    for _ in 0..<4000 {
      var word = Array(words.randomElement(using: &generator)!.utf8)
      for j in word.indices where Bool.random(using: &generator) { word[j] ^= word[j] >= 0x41 && word[j] <= 0x7A ? 0x20 : 0 }
      if Int.random(in: 0..<3, using: &generator) == 0 {
        word[Int.random(in: word.indices, using: &generator)] = odd.randomElement(using: &generator)!
      }
      for padding in [0, 16] {
        let bytes = word + [UInt8](repeating: 0x65, count: padding)
        let r = SourceRange(start: 0, end: word.count)
        let (probe, key) = bytes.withUnsafeBufferPointer { (WordKey.probe($0, r), WordKey.packed($0, r)) }
        let expected = key.lo == 0 ? FormStarts() : FormStarts.table[key]
        #expect(probe.lo == 0 || FormStarts.table[probe] == expected, "\(word)")
        #expect(probe.lo != 0 || key.lo == 0, "\(word)")
      }
    }
  }
}
