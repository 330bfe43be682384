import Testing

@testable import FactCheckICU

/// `SentenceRepair` looks a word up by its packed bytes, not as a `String`: for the listed
/// words, their other cases, prefixes and extensions, and words of other lengths, the packed
/// lookup answers as the `String` sets do.
@Suite struct RepairKeyTests {
  @Test func packedLookupAgreesWithTheWordLists() {
    var words: Set<String> = ["", "A", "a", "Z", "Mrs", "MR", "mr", "Approx", "approxim", "approximately", "Professor"]
    for word in SentenceRepair.titles.union(SentenceRepair.numberReferences) {
      words.insert(word)
      words.insert(word.lowercased())
      words.insert(word.uppercased())
      words.insert(String(word.dropLast()))
      words.insert(String(word.dropFirst()))
      words.insert(word + "s")
      words.insert(word + "xxxxxxxx")
    }
    for word in words {
      let key = SentenceRepair.packed(Array(word.utf8)[...])
      #expect(SentenceRepair.packedTitles.contains(key) == SentenceRepair.titles.contains(word), "\(word)")
      #expect(
        SentenceRepair.packedReferences.contains(key) == SentenceRepair.numberReferences.contains(word), "\(word)")
    }
  }
}
