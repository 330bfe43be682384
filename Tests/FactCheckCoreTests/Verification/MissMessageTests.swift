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
