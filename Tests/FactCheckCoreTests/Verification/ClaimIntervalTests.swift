import FactCheckCore
import Testing

/// The interval a written number covers (`Tolerance.interval`), from real recogniser output.
@Suite struct ClaimIntervalTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var span: String
    var isCount = false
    var lower: Double
    var upper: Double
    var lowerOpen = false
    var upperOpen = false
    /// Values the claim must cover, and values it must not.
    var inside: [Double]
    var outside: [Double]
    var testDescription: String { span }
  }

  static let cases: [Case] = [
    Case(sentence: "Reports rose by 7 per cent last year.", span: "7 per cent",
         lower: 6.5, upper: 7.5, inside: [6.5, 6.7, 7.49], outside: [6.4, 7.6]),
    Case(sentence: "Reports rose by 6.7% last year.", span: "6.7%",
         lower: 6.65, upper: 6.75, inside: [6.7, 6.65, 6.75], outside: [6.6, 6.8]),
    Case(sentence: "Almost 1,600 offenders live in the county.", span: "Almost 1,600", isCount: true,
         lower: 1_500, upper: 1_600, upperOpen: true,
         inside: [1_596, 1_500, 1_599], outside: [1_600, 1_601, 1_499]),
    Case(sentence: "The register held more than 60,000 people.", span: "more than 60,000", isCount: true,
         lower: 60_000, upper: 70_000, lowerOpen: true,
         inside: [60_001, 62_435], outside: [60_000, 59_742, 70_001]),
    Case(sentence: "The register held 1,596 people.", span: "1,596", isCount: true,
         lower: 1_596, upper: 1_596, inside: [1_596], outside: [1_595, 1_597]),
    Case(sentence: "That is seven people.", span: "seven", isCount: true,
         lower: 7, upper: 7, inside: [7], outside: [6, 8]),
    Case(sentence: "That is 99 per 100,000 people.", span: "99 per 100,000 people",
         lower: 98.5, upper: 99.5, inside: [98.5, 99.4], outside: [98.4, 99.6, 109]),
    Case(sentence: "Hundreds of offenders were recalled.", span: "Hundreds", isCount: true,
         lower: 100, upper: 1_000, upperOpen: true, inside: [200, 634, 999], outside: [99, 1_000]),
    Case(sentence: "Several offenders were recalled.", span: "Several", isCount: true,
         lower: 3, upper: 9, inside: [3, 6, 9], outside: [2, 10]),
    // Multiples go in halves: "more than" runs to the next whole multiple, "almost" is half a
    // step below.
    Case(sentence: "The count is more than 1.5 times the 2010 total.", span: "more than 1.5 times",
         lower: 1.5, upper: 2, lowerOpen: true, inside: [1.51, 1.63, 2], outside: [1.5, 2.01]),
    Case(sentence: "The count has more than doubled.", span: "more than doubled",
         lower: 2, upper: 3, lowerOpen: true, inside: [2.16, 3], outside: [2, 3.1]),
    Case(sentence: "The majority were men.", span: "The majority",
         lower: 0.5, upper: 1, lowerOpen: true, inside: [0.51, 1], outside: [0.5, 0.3]),
    Case(sentence: "The vast majority were men.", span: "The vast majority",
         lower: 0.75, upper: 1, inside: [0.75, 0.99], outside: [0.74, 0.6]),
    Case(sentence: "The count has almost doubled.", span: "almost doubled",
         lower: 1.5, upper: 2, upperOpen: true, inside: [1.5, 1.9], outside: [1.2, 1.49, 2]),
    // "More than" a fraction runs to its next step, never past the whole.
    Case(sentence: "More than nine in ten were at level one.", span: "More than nine in ten",
         lower: 0.9, upper: 1, lowerOpen: true, inside: [0.91, 0.989, 1], outside: [0.9, 0.85]),
    Case(sentence: "More than half were at level one.", span: "More than half",
         lower: 0.5, upper: 1, lowerOpen: true, inside: [0.6, 0.989], outside: [0.5, 0.4]),
  ]

  @Test(arguments: cases)
  func intervalFromHowTheNumberIsWritten(_ c: Case) throws {
    let found = recognize(c.sentence).filter { $0.0 == c.span }
    let e = try #require(found.first?.1, "'\(c.span)' not recognised: \(recognize(c.sentence).map(\.0))")
    let i = Tolerance.interval(of: e, text: c.span, isCount: c.isCount)
    #expect(abs(i.lower - c.lower) < 1e-9 && abs(i.upper - c.upper) < 1e-9, "got \(i)")
    #expect(i.lowerOpen == c.lowerOpen && i.upperOpen == c.upperOpen, "got \(i)")
    for x in c.inside { #expect(i.contains(x), "\(c.span) should cover \(x): \(i)") }
    for x in c.outside { #expect(!i.contains(x), "\(c.span) should not cover \(x): \(i)") }
  }

  @Test func officialRoundedFiguresCoverHalfAUnit() {
    let i = ClaimInterval.published(119, rounded: true)
    #expect(i.contains(118.5) && i.contains(119.49) && !i.contains(119.5))
    #expect(ClaimInterval.published(119, rounded: false) == .exactly(119))
  }

  @Test func overlapRespectsOpenEnds() {
    let almost = ClaimInterval(lower: 1_500, upper: 1_600, upperOpen: true)
    #expect(almost.overlaps(.exactly(1_596)))
    #expect(!almost.overlaps(.exactly(1_600)))
    #expect(almost.overlaps(ClaimInterval(lower: 1_599.5, upper: 1_600.5, upperOpen: true)))
  }
}
