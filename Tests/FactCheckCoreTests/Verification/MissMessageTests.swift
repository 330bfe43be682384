@testable import FactCheckCore
import Testing

/// The message of a missing figure is written bytewise into storage of its final size: it must
/// read exactly as the interpolated string, for any area and period (empty, non-ASCII, long).
@Suite struct MissMessageTests {
  @Test func noFigureMessageReadsAsInterpolated() {
    let areas = ["Kent", "", "Ærø", "Avon and Somerset", "Île-de-France 🇫🇷", String(repeating: "long ", count: 40)]
    let periods = ["2019", "", "2019-20", "２０１９", "Q1 2020", "e\u{301}"]
    for area in areas {
      for period in periods {
        #expect(CellCheck.noFigureMessage(area: area, period: period) == "no official figure for \(area) in \(period)")
      }
    }
  }
}

/// Digits in another order ("1,569" for 1,596) are noted as a likely typing slip.
@Suite struct TransposedDigitsTests {
  @Test(arguments: [(1_569.0, 1_596.0, true), (531, 351, true), (1_596, 1_596, false), (1_569, 1_597, false),
                    (12, 21, true), (5, 5, false), (100, 10, false), (1.5, 5.1, false)])
  func transposed(a: Double, b: Double, expected: Bool) {
    #expect(CellCheck.transposed(a, b) == expected)
  }
}
