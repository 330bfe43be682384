@testable import FactCheckCore
import Testing

/// `SentenceAnalysis` tries at a word only the phrases its `StartTable.Head` leaves: all of the
/// word's phrases when the next word's bit is in the mask of their required second words,
/// else only those with no required second word. What is left after the per-phrase test of
/// the second word must be exactly what that test leaves of every phrase the word starts,
/// for every next word (known ids, the unknown id -1, and -2 after the last word).
@Suite struct StartTableTests {
  static let compiled = SentenceScreenTests.extractor.compiled

  /// The phrases tried at a word `id` followed by `next`, as `findMatches` picks them, that
  /// pass the second-word test.
  static func tried(_ table: StartTable, id: Int32, next: Int32) -> [Int] {
    guard id >= 0, Int(id) < table.heads.count else { return [] }
    let head = table.heads[Int(id)]
    let hi = head.seconds & StartTable.bit(next) != 0 ? head.hi : head.plainEnd
    return table.byWord[Int(head.lo)..<Int(hi)].filter {
      $0.second >= 0 ? $0.second == next : $0.seconds & StartTable.bit(next) != 0
    }.map(\.phrase).sorted()
  }

  /// The same read from the compiled phrases themselves: those whose first word is `id`
  /// (kept by the table; `byFirst` lists them by first word), with no required second word,
  /// or `next` as its one word, or among its alternatives a word whose bit `next` shares
  /// (let through to `match`).
  static func expected(id: Int32, next: Int32, byFirst: [Int32: [(index: Int, seconds: [Int32]?)]]) -> [Int] {
    (byFirst[id] ?? []).filter { p in
      guard let seconds = p.seconds else { return true }
      if seconds.count == 1 { return seconds[0] == next }
      return seconds.contains { StartTable.bit($0) == StartTable.bit(next) }
    }.map(\.index).sorted()
  }

  func check(_ table: StartTable, keep: (CompiledPhrase) -> Bool) -> Int {
    let vocabulary = Int32(table.heads.count)
    var seconds = Set<Int32>([-2, -1, 0, 63, 64, vocabulary - 1])
    for p in Self.compiled.compiled { if let s = p.requiredSecondWord { seconds.insert(s) } }
    var g = SentenceAnalysisTests.Generator(state: 0x57A7)
    for _ in 0..<200 { seconds.insert(Int32(g.next() % UInt64(vocabulary))) }
    var byFirst: [Int32: [(index: Int, seconds: [Int32]?)]] = [:]
    for p in Self.compiled.compiled where keep(p) {
      for id in Set(p.firstWords ?? []) { byFirst[id, default: []].append((p.index, p.requiredSecondWords)) }
    }
    var nonEmpty = 0
    for id in Int32(-1)..<vocabulary {
      for next in seconds {
        let found = Self.tried(table, id: id, next: next)
        let wanted = Self.expected(id: id, next: next, byFirst: byFirst)
        if found != wanted { Issue.record("word \(id) before \(next): tried \(found), wanted \(wanted)") }
        if !found.isEmpty { nonEmpty += 1 }
      }
    }
    // Each start's known elements, completeness and second words agree with its phrase.
    for s in table.byWord {
      let p = Self.compiled.compiled[s.phrase]
      #expect(Int(s.known) == (p.requiredSecondWord == nil ? 1 : 2))
      #expect(s.complete == (Int(s.known) == p.elements.count))
      #expect(s.second == (p.requiredSecondWord ?? -1))
      let bits = (p.requiredSecondWords ?? []).reduce(UInt64(0)) { $0 | StartTable.bit($1) }
      #expect(s.seconds == (bits == 0 ? ~0 : bits))
    }
    return nonEmpty
  }

  @Test func allStartsTryWhatTheSecondWordAllows() {
    #expect(check(Self.compiled.allStarts) { _ in true } > 100)
    #expect(Self.compiled.compiled.contains { ($0.requiredSecondWords?.count ?? 0) > 1 },
            "some phrase should have a second word with alternatives")
  }

  @Test func placeStartsTryWhatTheSecondWordAllows() {
    #expect(check(Self.compiled.placeStarts) { p in p.kind == nil || p.kind == .area || p.kind == .comparison } > 50)
  }

  /// A next word that shares the low six bits of its id with a phrase's one required second
  /// word passes the word's mask, and the phrase still fails on the second word; one that
  /// shares them with an alternative of a second word lets the phrase through (to `match`).
  @Test func sharedBitsOnlyLetThrough() {
    let table = Self.compiled.allStarts
    var (exact, alternatives) = (0, 0)
    for (id, head) in table.heads.enumerated() {
      for s in table.byWord[Int(head.plainEnd)..<Int(head.hi)] {
        let words = Self.compiled.compiled[s.phrase].requiredSecondWords ?? []
        let alias = words[0] ^ 64
        #expect(head.seconds & StartTable.bit(alias) != 0)
        let tried = Self.tried(table, id: Int32(id), next: alias).contains(s.phrase)
        if s.second >= 0 {
          #expect(!tried)
          exact += 1
        } else {
          #expect(words.count > 1 && tried)
          alternatives += 1
        }
      }
    }
    #expect(exact > 10)
    #expect(alternatives > 0)
  }
}
