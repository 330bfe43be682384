@testable import FactCheckCore
import Testing

@Suite struct UTF8WriterTests {
  static func written(_ parts: [(String, Bool)]) -> String {
    let capacity = parts.reduce(0) { $0 + $1.0.utf8.count }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var out = UTF8Writer(buffer: buffer)
      for (s, lower) in parts { out.write(s, lowerFirst: lower) }
      return out.count
    }
  }

  /// Small and large strings, empty ones and letters outside ASCII are copied as they are; an
  /// ASCII capital first letter is lowered only when asked, as `lowercasedFirst` lowers it.
  @Test func writesThePartsInOrder() {
    let long = String(repeating: "Registered sex offenders ", count: 3)
    #expect(Self.written([("'", false), ("", false), ("Zürich", false), (" – ", false), (long, false)])
      == "'Zürich – " + long)
    for label in ["Registered sex offenders", "rate per 100,000", "", "1 in N", "MAPPA total"] {
      #expect(Self.written([("(", false), (label, true), (")", false)]) == "(" + label.lowercasedFirst + ")")
    }
    #expect(Self.written([("Essex", false)]) == "Essex")
  }

  /// `CellCheck.concatenated` gives what `joined()` gives: empty parts, none, non-ASCII, long.
  @Test func concatenatesAsJoined() {
    let long = String(repeating: "1,596 / 1,496 − 1 = +6.7%", count: 9)
    let lists: [[String]] = [[], [""], ["", ""], ["a"], [long, ", written as '", "6.7 %", "'"],
                             ["Zürich", "", " – ", "ß"], ["'", "", "'"], [long, long]]
    for parts in lists { #expect(CellCheck.concatenated(parts) == parts.joined(), "\(parts)") }
  }
}
