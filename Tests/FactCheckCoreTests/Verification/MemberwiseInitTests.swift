@testable import FactCheckCore
import Testing

/// `Evidence`, `CheckedClaim` and `Figure` store their properties in another order than their
/// public initializers take them, which call the memberwise initializer: every argument must
/// still land in its own property (several share a type), and the verifier's unchecked
/// claim must be the public initializer's with its defaults.
@Suite struct MemberwiseInitTests {
  static let claim = Claim(
    range: SourceRange(start: 3, end: 8),
    expression: NumericExpression(range: SourceRange(start: 3, end: 8), value: 1596, form: .number),
    kind: .count, measure: "m", area: "Ærø", period: "2019-20", reasons: ["r"])

  @Test func evidenceArgumentsLandInTheirProperties() {
    let date = CalendarDate(year: 2020, month: 10, day: 29)
    let e = Evidence(dataset: "d", measure: "m", area: "a", period: "p", basePeriod: "b", value: 1.5,
                     sourceURL: "u", sourcePublished: "sp", sourceKind: "k", releaseDate: date,
                     flags: ["f"], arithmetic: "x", revisions: ["rev"])
    #expect([e.dataset, e.measure, e.area, e.period, e.basePeriod, e.sourceURL, e.sourcePublished,
             e.sourceKind, e.arithmetic] == ["d", "m", "a", "p", "b", "u", "sp", "k", "x"])
    #expect(e.value == 1.5 && e.releaseDate == date && e.flags == ["f"] && e.revisions == ["rev"])
    let bare = Evidence(dataset: "", measure: "", area: "", period: "", value: -0.0, sourceURL: "",
                        sourcePublished: nil, sourceKind: "", releaseDate: nil, flags: [])
    #expect(bare.basePeriod == nil && bare.arithmetic == nil && bare.revisions.isEmpty)
    #expect(bare.value.sign == .minus)
  }

  @Test func checkedClaimArgumentsLandInTheirProperties() {
    let evidence = Evidence(dataset: "d", measure: "m", area: "a", period: "p", value: 2, sourceURL: "u",
                            sourcePublished: nil, sourceKind: "k", releaseDate: nil, flags: [])
    let c = CheckedClaim(claim: Self.claim, verdict: .contradicted, claimed: .exactly(1596), expected: 1569,
                         evidence: evidence, message: "msg", suggestion: "1,569", notes: ["n"],
                         reason: .implausible)
    #expect(c.claim == Self.claim && c.verdict == .contradicted && c.claimed == .exactly(1596))
    #expect(c.expected == 1569 && c.evidence == evidence && c.message == "msg")
    #expect(c.suggestion == "1,569" && c.notes == ["n"] && c.reason == .implausible)
  }

  @Test func uncheckedClaimIsThePublicInitializersWithDefaults() {
    for claimed in [ClaimInterval.exactly(0), .published(99, rounded: true),
                    ClaimInterval(lower: 1, upper: 2, lowerOpen: true, upperOpen: false)] {
      let unchecked = CheckedClaim(unchecked: Self.claim, claimed: claimed)
      let general = CheckedClaim(claim: Self.claim, verdict: .unverifiable, claimed: claimed, message: "")
      #expect(unchecked == general)
    }
  }

  @Test func figureArgumentsLandInTheirProperties() {
    let source = Source(url: "u", published: "2020", kind: .official)
    let other = Source(url: "v", kind: .official)
    let d1 = CalendarDate(year: 2020, month: 1, day: 2), d2 = CalendarDate(year: 2021, month: 3, day: 4)
    let before = Revision(value: 1, source: other, effective: d1)
    let after = Revision(value: 3, source: other, effective: d2)
    let f = Figure(datasetID: "d", measure: "m", area: "a", period: "p", value: 2, source: source,
                   releaseDate: d1, effective: d2, previous: [before], revisions: [after], superseded: true)
    #expect([f.datasetID, f.measure, f.area, f.period] == ["d", "m", "a", "p"])
    #expect(f.value == 2 && f.source == source && f.releaseDate == d1 && f.effective == d2)
    #expect(f.previous == [before] && f.revisions == [after] && f.superseded == true)
    let bare = Figure(datasetID: "", measure: "", area: "", period: "", value: 0, source: source)
    #expect(bare.releaseDate == nil && bare.effective == nil && bare.previous.isEmpty
            && bare.revisions.isEmpty && bare.superseded == nil)
  }
}
