import FactCheckCore
import Foundation
import Testing

@testable import FactCheckReporters

/// The writer's fast paths against the general ones they stand in for: the word-at-a-time
/// escape test against `JSONEncoder` on every short length and position.
@Suite struct AuditLineWriterFastPathTests {
  let reporter = JSONReporter(tool: .init(name: "factcheck", version: "0.0.0-test"), datasets: [])

  static var encoder: JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
  }

  /// Every length from 0 to 40 with each escaped or non-ASCII byte at every position (the
  /// short strings are tested as two half words or as first, middle and last byte).
  @Test func escapeAtEveryPositionOfEveryLength() throws {
    let specials = ["\"", "\\", "\n", "\u{0}", "\u{1F}", " ", "\u{7F}", "é", "🚨", "\u{2028}"]
    for length in 0..<40 {
      for special in specials {
        for position in 0...length {
          let s = String(repeating: "a", count: position) + special
            + String(repeating: "z", count: length - position)
          var w = AuditLineWriter()
          w.string(s)
          let expected = try Self.encoder.encode([s]).dropFirst().dropLast()
          #expect(w.bytes == Array(expected), "\(s.debugDescription)")
        }
      }
    }
  }
}
