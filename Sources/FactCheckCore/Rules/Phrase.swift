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
  public static func parse(_ text: String) -> Result<Phrase, PhraseError> {
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
        let words = Set(body.split(separator: "|").map(String.init))
        guard !words.isEmpty, !words.contains(where: \.isEmpty) else {
          return .failure(PhraseError(phrase: text, reason: "empty alternative in '\(item)'"))
        }
        // Sentences are matched word by word, punctuation left out ("sex-offender" reads as
        // two words): a word with a hyphen or symbol in it could never match.
        if let bad = words.first(where: { !$0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" } }) {
          return .failure(PhraseError(phrase: text, reason: "'\(bad)' is not a single word; write the words apart, as a sentence is read"))
        }
        elements.append(.word(words, optional: optional))
      }
    }
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
