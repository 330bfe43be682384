/// A word pattern from a rule file, matched against a sentence's words, case-insensitively.
///
/// Syntax, one pattern per string, words separated by spaces:
/// - `word` matches that word; `rise|rose|risen` matches any of them;
/// - `word?` may be absent;
/// - `…` (or `...`) skips up to four words;
/// - `#` is the slot of the number the rule is about (`non_claim`, `comparison`).
public struct Phrase: Hashable, Sendable, CustomStringConvertible {
  public enum Element: Hashable, Sendable {
    case word(Set<String>, optional: Bool)
    case gap(Int)
    case number
  }

  public var elements: [Element]
  public var source: String

  public init(elements: [Element], source: String) {
    self.elements = elements
    self.source = source
  }

  /// Parses the pattern syntax; nil with a reason when malformed.
  ///
  /// ASCII patterns are read on bytes, where each byte is one Character: the Character
  /// reading (lowercasing, two splits and `isLetter` per letter) cost ~52,000 instructions a
  /// phrase, ~8.7 M of every start-up. Other patterns are read by `parseCharacters`.
  public static func parse(_ text: String) -> Result<Phrase, PhraseError> {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return parseCharacters(text) }
    var elements: [Element] = []
    let lowered = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    for raw in lowered.split(separator: 0x20) {
      if raw.elementsEqual("...".utf8) {
        elements.append(.gap(4))
      } else if raw.elementsEqual("#".utf8) {
        elements.append(.number)
      } else {
        let item = String(decoding: raw, as: UTF8.self)
        let optional = raw.last == UInt8(ascii: "?")
        let body = optional ? raw.dropLast() : raw
        // In written order until checked: the error names the first bad word as written, not
        // whichever a Set (seeded per process) yields first.
        let written = body.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
        guard !written.isEmpty else {
          return .failure(PhraseError(phrase: text, reason: "empty alternative in '\(item)'"))
        }
        // ASCII letters, digits and apostrophes: what `isLetter || isNumber || "'"` admits
        // of ASCII.
        if let bad = written.first(where: { !$0.utf8.allSatisfy(isWordByte) }) {
          return .failure(PhraseError(phrase: text, reason: "'\(bad)' is not a single word; write the words apart, as a sentence is read"))
        }
        elements.append(.word(Set(written), optional: optional))
      }
    }
    return finish(elements, text)
  }

  private static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x27
  }

  /// The pattern syntax read by Characters: the reference reading, used for non-ASCII text.
  static func parseCharacters(_ text: String) -> Result<Phrase, PhraseError> {
    var elements: [Element] = []
    for raw in text.lowercased().split(whereSeparator: { $0 == " " }) {
      let item = String(raw)
      if item == "…" || item == "..." {
        elements.append(.gap(4))
      } else if item == "#" {
        elements.append(.number)
      } else {
        let optional = item.hasSuffix("?")
        let body = optional ? String(item.dropLast()) : item
        let written = body.split(separator: "|").map(String.init)
        guard !written.isEmpty, !written.contains(where: \.isEmpty) else {
          return .failure(PhraseError(phrase: text, reason: "empty alternative in '\(item)'"))
        }
        // Sentences are matched word by word, punctuation left out ("sex-offender" reads as
        // two words): a word with a hyphen or symbol in it could never match. The first bad
        // word as written is named (see the byte reading).
        if let bad = written.first(where: { !$0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" } }) {
          return .failure(PhraseError(phrase: text, reason: "'\(bad)' is not a single word; write the words apart, as a sentence is read"))
        }
        elements.append(.word(Set(written), optional: optional))
      }
    }
    return finish(elements, text)
  }

  /// The checks on the whole pattern, shared by both readings.
  private static func finish(_ elements: [Element], _ text: String) -> Result<Phrase, PhraseError> {
    guard elements.contains(where: { if case .word = $0 { true } else { false } }) else {
      return .failure(PhraseError(phrase: text, reason: "a phrase needs at least one word"))
    }
    if case .gap = elements.first {
      return .failure(PhraseError(phrase: text, reason: "a phrase cannot start with a gap"))
    }
    if case .gap = elements.last {
      return .failure(PhraseError(phrase: text, reason: "a phrase cannot end with a gap"))
    }
    return .success(Phrase(elements: elements, source: text))
  }

  public var description: String { source }
}

public struct PhraseError: Error, Hashable, Sendable {
  public var phrase: String
  public var reason: String
}
