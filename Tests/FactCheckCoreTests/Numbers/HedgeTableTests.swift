import FactCheckICU
import Testing

@testable import FactCheckCore

/// `NumberLexicon.hedgeTable`, which `Matcher.hedge` reads, lists for each first word what
/// `hedgesByFirstWord` lists, in the same order, and nothing for other words.
@Suite struct HedgeTableTests {
  @Test func sameListsAsTheDictionary() {
    let table = NumberLexicon.hedgeTable
    #expect(table.rows.count == NumberLexicon.hedgesByFirstWord.count)
    for (first, list) in NumberLexicon.hedgesByFirstWord {
      let k = table.index[first]
      #expect(k >= 0 && k < table.rows.count, "\(first)")
      guard k >= 0 && k < table.rows.count else { continue }
      #expect(table.rows[k].map(\.0) == list.map(\.0), "\(first)")
      #expect(table.rows[k].map(\.1) == list.map(\.1), "\(first)")
    }
    // Every row of `hedges` is in its first word's list.
    #expect(table.rows.map(\.count).reduce(0, +) == NumberLexicon.hedges.count)
  }

  @Test func otherWordsHaveNoList() {
    for word in ["the", "a", "and", "per", "percent", "zero", "one", "years", "essex", "than", "of"] {
      let key = WordKey(Array(word.utf8), SourceRange(start: 0, end: word.utf8.count))!
      #expect((NumberLexicon.hedgesByFirstWord[key] == nil) == (NumberLexicon.hedgeTable.index[key] == -1), "\(word)")
    }
    #expect(NumberLexicon.hedgeTable.index[WordKey(lo: 0x7a7a_7a7a, hi: 0)] == -1)
  }

  /// What the matcher finds at each hedge's first word, in a sentence made of the hedge and a
  /// number, is that hedge or a longer one sharing its start.
  @Test func matcherFindsEachHedge() {
    for (words, hedge) in NumberLexicon.hedges {
      let keys = words.map { w -> String in
        var lo = w.lo
        var s = ""
        while lo != 0 {
          s.append(Character(UnicodeScalar(UInt8(lo & 0xFF))))
          lo >>= 8
        }
        var hi = w.hi
        while hi != 0 {
          s.append(Character(UnicodeScalar(UInt8(hi & 0xFF))))
          hi >>= 8
        }
        return s
      }
      let text = keys.joined(separator: " ") + " 40 offenders"
      let doc = Document(text: text)
      let tokens = segmenter.tokens(in: doc, range: doc.fullRange)
      let view = SentenceView(document: doc, tokens: tokens)
      let found = Matcher(view: view).hedge(at: 0)
      #expect(found?.0 == hedge || (found?.1 ?? 0) > words.count, "\(text)")
    }
  }
}

/// The lookups gated on a `FormStarts` bit skip no word of their table: each word of the
/// table has the bit.
@Suite struct LookupGateTests {
  @Test func vagueAmountsAndNumberWordsHaveTheQuantityBit() {
    for key in Array(NumberLexicon.vague.keys) + Array(NumberLexicon.atoms.keys) {
      #expect(FormStarts.table[key].contains(.quantity), "\(key)")
    }
  }

  @Test func hedgeFirstWordsHaveTheHedgeBit() {
    for key in NumberLexicon.hedgesByFirstWord.keys {
      #expect(FormStarts.table[key].contains(.hedge), "\(key)")
    }
  }
}
