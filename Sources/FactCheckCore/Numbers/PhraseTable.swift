/// Phrases of words, each with a value, tried in order at a token: the first whose words
/// follow one another on one line from there wins (as `Matcher.matches`).
///
/// Each phrase's first two keys sit in a plain list beside the rows, so most positions are
/// ruled out by comparing keys, never reaching a row's word array: going through the rows
/// retained and released each array (`relativeWords` was 525 instructions a call and
/// `suffixBound` 475, over 12,000 calls in a 2,000-article audit).
struct PhraseTable<Value>: Sendable where Value: Sendable {
  let rows: [([WordKey], Value)]
  /// Each row's first key and its second (a zero key, which no word has, for a one-word row).
  private let heads: [(WordKey, WordKey)]
  /// The rows' distinct second words when every row has one, else empty: a word not followed
  /// by one of them starts no phrase (most words), found by a few compares.
  private let seconds: [WordKey]

  init(_ rows: [([WordKey], Value)]) {
    precondition(rows.allSatisfy { !$0.0.isEmpty }, "a phrase has a word")
    self.rows = rows
    heads = rows.map { ($0.0[0], $0.0.count > 1 ? $0.0[1] : WordKey(lo: 0, hi: 0)) }
    var seconds: [WordKey] = []
    for head in heads where !seconds.contains(head.1) { seconds.append(head.1) }
    self.seconds = seconds.contains(WordKey(lo: 0, hi: 0)) ? [] : seconds
  }

  /// The value of the first phrase at token `i` and the index after it.
  func match(in view: SentenceView, at i: Int) -> (Value, Int)? {
    guard view.contains(i), let first = view[i].key else { return nil }
    // The key a second word must have: none when the next token is on another line or not a
    // word, which rules out every phrase of two words or more.
    let next = view.joined(i + 1) ? view[i + 1].key ?? WordKey(lo: 0, hi: 0) : WordKey(lo: 0, hi: 0)
    if !seconds.isEmpty, !seconds.contains(next) { return nil }
    for r in heads.indices {
      let (a, b) = heads[r]
      guard a == first, b.lo == 0 || b == next else { continue }
      let words = rows[r].0
      if words.count <= 2 || rest(words, in: view, at: i) { return (rows[r].1, i + words.count) }
    }
    return nil
  }

  /// True when the third word of `words` on follows on the line from `i + 2`.
  private func rest(_ words: [WordKey], in view: SentenceView, at i: Int) -> Bool {
    for n in 2..<words.count where !view.is(i + n, words[n]) || !view.joined(i + n) { return false }
    return true
  }
}
