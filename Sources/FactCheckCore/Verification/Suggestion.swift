/// Rewrites a claim with the official figure, in the article's own style: digits stay digits
/// (with their grouping and decimals), words stay words, the hedge and unit words are kept.
enum Suggestion {
  static let words = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
  ]

  static func rewrite(_ text: String, expression e: NumericExpression, official: Double) -> String? {
    let decimals = e.resolution < 1 ? max(0, Int((-log10(e.resolution)).rounded())) : 0
    let value = decimals == 0 ? official.rounded() : official
    // A hedged lead ("almost 1,600") gets the exact figure: the editor picks the new rounding.
    if e.hedge != nil { return NumberText.format(value, decimals: decimals) }
    var out = text
    if let digits = firstDigitRun(text) {
      out.replaceSubrange(digits, with: NumberText.format(value, decimals: decimals))
      return out
    }
    // Spelled: replace the first number word with the official value in words (or digits).
    guard let r = firstNumberWord(text) else { return nil }
    let replacement = value >= 0 && value <= 20 && value == value.rounded()
      ? words[Int(value)] : NumberText.format(value, decimals: decimals)
    out.replaceSubrange(r, with: text[r].first?.isUppercase == true ? replacement.capitalisedFirst : replacement)
    return out
  }

  /// The first whole word of `text` that is a number word up to twenty.
  private static func firstNumberWord(_ text: String) -> Range<String.Index>? {
    var i = text.startIndex
    while i < text.endIndex {
      guard text[i].isLetter else {
        i = text.index(after: i)
        continue
      }
      var j = i
      while j < text.endIndex, text[j].isLetter { j = text.index(after: j) }
      if words.contains(text[i..<j].lowercased()) { return i..<j }
      i = j
    }
    return nil
  }

  /// The first run of ASCII digits, with the commas and points between them. ASCII text is
  /// read on bytes, each byte one Character (CR LF, the one pair that is not, is neither a
  /// digit nor a separator): by Characters it cost about 5,200 instructions a suggestion.
  static func firstDigitRun(_ text: String) -> Range<String.Index>? {
    let utf8 = text.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return firstDigitRunCharacters(text) }
    let isDigit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    guard let start = utf8.firstIndex(where: isDigit) else { return nil }
    var end = start
    while end < utf8.endIndex {
      let c = utf8[end]
      let next = utf8.index(after: end)
      if isDigit(c)
        || ((c == UInt8(ascii: ",") || c == UInt8(ascii: ".")) && next < utf8.endIndex && isDigit(utf8[next]))
      {
        end = next
      } else {
        break
      }
    }
    return start..<end
  }

  /// `firstDigitRun` by Characters: the reference reading, used for text outside ASCII.
  static func firstDigitRunCharacters(_ text: String) -> Range<String.Index>? {
    guard let start = text.firstIndex(where: \.isASCIIDigit) else { return nil }
    var end = start
    while end < text.endIndex {
      let c = text[end]
      let next = text.index(after: end)
      if c.isASCIIDigit || ((c == "," || c == ".") && next < text.endIndex && text[next].isASCIIDigit) {
        end = next
      } else {
        break
      }
    }
    return start..<end
  }

  private static func log10(_ x: Double) -> Double {
    var v = x
    var n = 0.0
    while v < 1 { v *= 10; n -= 1 }
    return n
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
  var capitalisedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
