import Testing

@testable import FactCheckCore

/// The allocation-free fast paths give exactly what the plain code they replace gives.
@Suite struct FastPathTests {
  @Test func asciiWordsNormaliseAsBefore() {
    let words = ["Essex", "county's", "COUNTY'S", "offenders'", "its", "it's", "s'", "Mr", "1,596",
                 "2019-20", "A", "x'S", "ab's", "abc's", "bus'", "O'Neill", "’s", "county’s", "Ünïcode's",
                 "'''", "ss'", "ssss'", "But", "WHILE", "though", "Whereas's", "although",
                 "but's", "Though's", "whiles'", "although's", "althoughs", "buts", "whilE",
                 "@[`{Z", "AZaz09_~", "BUT'S", "ÉS", "aé", "abcdefgé", "a\u{7F}b", "1,596's", "ABCDEFGH",
                 String(repeating: "x", count: 60)]
    // Half the normalised words are in the vocabulary, so both a hit and a miss are checked.
    var vocabulary: [String: Int32] = [:]
    for (i, w) in words.enumerated() where i % 2 == 0 {
      _ = Vocabulary.id(of: PhraseView.normalise(w), in: &vocabulary)
    }
    let table = WordTable(vocabulary)
    for w in words {
      let bytes = Array(w.utf8)
      let range = SourceRange(start: 0, end: bytes.count)
      let word = PhraseView.normalisedWord(bytes, range)
      #expect(word == PhraseView.normalise(w), "\(w)")
      #expect(WordList(bytes: bytes, entries: [PhraseView.Entry(range: range, id: 0, clause: 0)], count: 1).first == word)
      let (id, clauseWord) = PhraseView.normalisedID(bytes, range, table)
      #expect(id == vocabulary[word] ?? Vocabulary.unknown, "\(w)")
      #expect(clauseWord == PhraseView.isClauseWord(word), "\(w)")
      // The same word inside a sentence, as the phrase view reads it.
      let inside = Array("The \(w) rose".utf8)
      let at = SourceRange(start: 4, end: 4 + bytes.count)
      #expect(PhraseView.normalisedID(inside, at, table) == (id, clauseWord), "\(w)")
      // With eight bytes readable after its start (a short word is then read in one load).
      let padded = Array("The \(w) rose again and again".utf8)
      #expect(PhraseView.normalisedID(padded, at, table) == (id, clauseWord), "\(w)")
    }
  }

  /// A non-ASCII word finds its vocabulary entry by canonical equivalence, as String keys did:
  /// an article pasted with a combining accent ("Zu\u{308}rich", NFD) names the place a rule
  /// spells precomposed ("Zürich", NFC), and the other way round.
  @Test func accentedWordsMatchInEitherNormalForm() {
    var vocabulary: [String: Int32] = [:]
    let zurich = Vocabulary.id(of: "z\u{FC}rich", in: &vocabulary)
    let mon = Vocabulary.id(of: "mo\u{302}n", in: &vocabulary)
    let table = WordTable(vocabulary)
    for (text, id) in [("Zu\u{308}rich", zurich), ("Z\u{DC}RICH", zurich), ("M\u{F4}n", mon)] {
      let bytes = Array(text.utf8)
      #expect(PhraseView.normalisedID(bytes, SourceRange(start: 0, end: bytes.count), table).id == id, "\(text)")
    }
  }

  /// The byte-hashed word table answers as the dictionary it is built from, for every word
  /// in it and for words that are not (including prefixes and extensions of words in it).
  @Test func wordTableAgreesWithItsDictionary() {
    var vocabulary: [String: Int32] = [:]
    let inTable = (0..<500).map { "w\($0 * 7)" } + ["in", "the", "county", "north", "wales", "’s", ""]
    for w in inTable { _ = Vocabulary.id(of: w, in: &vocabulary) }
    let table = WordTable(vocabulary)
    for w in inTable { #expect(table.id(of: w) == vocabulary[w], "\(w)") }
    for w in (0..<500).map({ "w\($0 * 7 + 1)" }) + ["i", "inn", "th", "countyx", "wale"] {
      #expect(table.id(of: w) == (vocabulary[w] ?? Vocabulary.unknown), "\(w)")
    }
  }

  /// Line starts and columns from the word-at-a-time scan match a byte-by-byte count, on
  /// random mixes of ASCII, line breaks (LF, CR, CR LF) and two- to four-byte characters.
  @Test func lineIndexMatchesANaiveCount() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["a", " ", "\n", "\r", "\r\n", "é", "€", "😀", "1,596", "\t"]
    for _ in 0..<50 {
      let text = (0..<Int.random(in: 0..<700, using: &generator))
        .map { _ in pieces.randomElement(using: &generator)! }.joined()
      let bytes = Array(text.utf8)
      let index = LineIndex(bytes: bytes)
      var naiveStarts = [0]
      var i = 0
      while i < bytes.count {
        if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        if bytes[i] == 0x0A || bytes[i] == 0x0D { naiveStarts.append(i + 1) }
        i += 1
      }
      #expect(index.lineStarts == naiveStarts)
      for offset in stride(from: 0, through: bytes.count, by: 7) {
        let line = index.lineNumber(of: offset)
        let start = index.lineStarts[line]
        let column = 1 + bytes[start..<offset].filter { $0 & 0xC0 != 0x80 }.count
        #expect(index.location(of: offset) == SourceLocation(line: line + 1, column: column))
      }
    }
  }

  /// Line breaks are looked for eight bytes at a time: any break, anywhere, still starts a line.
  @Test func lineStartsAsByteByByte() {
    let pieces = ["a", "bc", "é", "😀", "\n", "\r", "\r\n", "\n\r", "12345678", " "]
    var state: UInt64 = 42
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<(state % 40) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int((state >> 33) % UInt64(pieces.count))]
      }
      let expected = LineIndexVectorTests.naive(Array(text.utf8)).starts
      #expect(LineIndex(text).lineStarts == expected, "\(text.debugDescription)")
    }
  }

  @Test func columnsCountScalarsOnLongLines() {
    var text = String(repeating: "a£€😀b", count: 400) + "\r\n" + String(repeating: "é", count: 300)
    text += "\n\nlast"
    let index = LineIndex(text)
    let bytes = Array(text.utf8)
    for offset in [0, 1, 2, 3, 127, 128, 129, 255, 256, 1000, 2000, 4000, bytes.count - 1, bytes.count] {
      let line = index.lineNumber(of: offset)
      let start = index.lineStarts[line]
      let expected = 1 + bytes[start..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count
      #expect(index.location(of: offset) == SourceLocation(line: line + 1, column: expected), "\(offset)")
    }
  }
}

/// Word keys from the eight-byte path equal those of the byte loop (a word at the end of the
/// buffer takes the loop), for letters of both cases and every other byte value near them.
@Suite struct WordKeyTests {
  @Test func wideLoadsKeyAsTheByteLoop() {
    var generator = SystemRandomNumberGenerator()
    let alphabet: [UInt8] = Array(0x3E...0x7F) + [0x80, 0xC3, 0xA9, 0xFF, 0x00, 0x20, 0x27]
    for _ in 0..<3000 {
      let length = Int.random(in: 1...18, using: &generator)
      let letters = Bool.random(using: &generator)
      let word: [UInt8] = (0..<length).map { _ in
        letters ? UInt8.random(in: 0x61...0x7A, using: &generator) ^ (Bool.random(using: &generator) ? 0x20 : 0)
          : alphabet.randomElement(using: &generator)!
      }
      let padded = word + [UInt8](repeating: 0x78, count: 16)
      let wide = WordKey(padded, SourceRange(start: 0, end: word.count))
      let loop = WordKey(word, SourceRange(start: 0, end: word.count))
      #expect(wide == loop, "\(word)")
    }
    #expect(WordKey(Array("Essex".utf8) + Array(repeating: 0x20, count: 16), SourceRange(start: 0, end: 5))
      == WordKey("essex"))
  }
}

/// ISO dates read on bytes accept exactly what the split-and-`Int` reader accepted.
@Suite struct ISODateTests {
  static func reference(_ iso: String) -> CalendarDate? {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), (1...CalendarDate.daysIn(month: m, year: y)).contains(d)
    else { return nil }
    return CalendarDate(year: y, month: m, day: d)
  }

  @Test func bytesReadAsTheSplitDid() {
    let fixed = ["2020-11-05", "2020-02-29", "2019-02-29", "2020-13-01", "2020-00-10", "0000-01-01",
                 "+999-01-01", "2020-+1-+5", "2020-1-05", "2020-11-5", "20201105", "2020/11/05",
                 "2020-11-05T07:00", "", "2020-11-0\u{301}5", "２０２０-11-05", "2020--1-05", "++12-01-01"]
    for s in fixed { #expect(CalendarDate(iso: s) == Self.reference(s), "\(s)") }
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("0123456789-+ /T2") + ["é", "\u{301}"]
    for _ in 0..<5000 {
      let s = String((0..<Int.random(in: 8...11, using: &generator))
        .map { _ in alphabet.randomElement(using: &generator)! })
      #expect(CalendarDate(iso: s) == Self.reference(s), "\(s)")
    }
    for _ in 0..<2000 {
      let s = String(format: "%04d-%02d-%02d", Int.random(in: 0...9999, using: &generator),
                     Int.random(in: 0...13, using: &generator), Int.random(in: 0...32, using: &generator))
      #expect(CalendarDate(iso: s) == Self.reference(s), "\(s)")
    }
  }
}

/// `SIMDMask.anyLane`, `firstLane` and `laneHighBits` read the lanes as two words: they say
/// what `any`, a search of the lanes and the lanes themselves say, for every single lane and
/// for random masks.
@Suite struct SIMDLaneTests {
  @Test func lanesAsTheStandardLibraryReadsThem() {
    var random = SystemRandomNumberGenerator()
    var masks: [SIMDMask<SIMD16<Int8>>] = [SIMDMask(repeating: false), SIMDMask(repeating: true)]
    for k in 0..<16 {
      var m = SIMDMask<SIMD16<Int8>>(repeating: false)
      m[k] = true
      masks.append(m)
    }
    for _ in 0..<2_000 {
      var m = SIMDMask<SIMD16<Int8>>(repeating: false)
      for k in 0..<16 where Int.random(in: 0..<6, using: &random) == 0 { m[k] = true }
      masks.append(m)
    }
    for m in masks {
      #expect(m.anyLane == any(m), "\(m)")
      #expect(m.firstLane == ((0..<16).first { m[$0] } ?? 16), "\(m)")
      let bits = m.laneHighBits
      for k in 0..<16 {
        let word = k < 8 ? bits.low : bits.high
        #expect((word >> (8 * UInt64(k % 8) + 7)) & 1 == (m[k] ? 1 : 0), "\(m) lane \(k)")
      }
      #expect(bits.low & ~0x8080_8080_8080_8080 == 0 && bits.high & ~0x8080_8080_8080_8080 == 0)
    }
  }
}
