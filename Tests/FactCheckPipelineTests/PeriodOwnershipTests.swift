@testable import FactCheckCore
import Testing

/// Which claim of a sentence each period phrase belongs to (`SentenceResolver.assignPeriods`):
/// the nearest claim before it, else the nearest after, and not a claim before that already
/// has a period of its own after it.
@Suite struct PeriodOwnershipTests {
  static let extractor = SentenceScreenTests.extractor

  static func periods(_ text: String) -> [Double: String?] {
    let document = Document(text: text)
    let out = extractor.extract(from: document, segmenter: segmenter,
                                options: .init(published: SentenceScreenTests.published))
    var result: [Double: String?] = [:]
    for claim in out.claims { result[claim.value] = claim.period }
    return result
  }

  @Test func eachCountTakesThePeriodAfterIt() {
    let p = Self.periods("There were 1,596 registered sex offenders in March 2020 and 1,496 in March 2019.")
    #expect(p[1596] == "2019-20")
    #expect(p[1496] == "2018-19")
  }

  @Test func periodBeforeTheFirstClaimIsItsOwn() {
    let p = Self.periods("In March 2017 there were 1,726 registered sex offenders, and 1,650 by March 2016.")
    #expect(p[1726] == "2016-17")
    #expect(p[1650] == "2015-16")
  }

  @Test func claimWithItsOwnPeriodLeavesTheNextToTheClaimAfter() {
    let p = Self.periods("The number of registered sex offenders had grown to 1,106 by March 2016, with the March 2015 total at 1,055.")
    #expect(p[1106] == "2015-16")
    #expect(p[1055] == "2014-15")
  }

  /// Two periods after one change: the first is its base, the second its own.
  @Test func changeBetweenTwoPeriods() throws {
    let document = Document(text: "The number of registered sex offenders rose by 12 per cent between 2015-16 and 2016-17.")
    let out = Self.extractor.extract(from: document, segmenter: segmenter,
                                     options: .init(published: SentenceScreenTests.published))
    let claim = try #require(out.claims.first { $0.value == 12 })
    #expect(claim.period == "2016-17")
    #expect(claim.basePeriod == "2015-16")
  }
}
