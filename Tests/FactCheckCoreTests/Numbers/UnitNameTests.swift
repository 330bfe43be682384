@testable import FactCheckCore
import Foundation
import Testing

/// `NumericExpression.unit` reads and writes the one-byte `UnitName` as the string it was,
/// and codes under the same key with the same value.
@Suite struct UnitNameTests {
  static let names = ["GBP", "USD", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"]

  @Test func unitReadsBackAsWritten() {
    for name in Self.names {
      var e = NumericExpression(range: SourceRange(start: 0, end: 1), value: 1, form: .duration, unit: name)
      #expect(e.unit == name)
      e.unit = nil
      #expect(e.unit == nil && e.unitName == nil)
      e.unit = name
      #expect(e.unit == name && e.unitName?.rawValue == name)
    }
    #expect(NumericExpression(range: SourceRange(start: 0, end: 1), value: 1, form: .number).unit == nil)
  }

  @Test func codesUnderTheUnitKey() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    for name in Self.names + [nil] {
      let e = NumericExpression(
        range: SourceRange(start: 3, end: 9), value: 2.5, form: .money, hedge: .about, min: 1,
        resolution: 0.1, spelled: true, base: 100, unit: name,
        period: PeriodRef(anchor: .absolute, year: 2020, month: 3))
      let json = String(decoding: try encoder.encode(e), as: UTF8.self)
      if let name {
        #expect(json.contains("\"unit\":\"\(name)\""), "\(json)")
      } else {
        #expect(!json.contains("unit"), "\(json)")
      }
      #expect(!json.contains("unitName"))
      #expect(try JSONDecoder().decode(NumericExpression.self, from: Data(json.utf8)) == e)
    }
  }
}
