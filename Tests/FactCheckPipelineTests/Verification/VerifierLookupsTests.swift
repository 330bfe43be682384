@testable import FactCheckCore
import Foundation
import Testing

/// The verifier checks a document's claims reusing the last claim's measure and area lookups
/// (`Lookups`): every claim must be judged exactly as it is alone, whatever the order of
/// measures and areas, unknown and missing ones, names in other spellings and non-ASCII ones.
@Suite struct VerifierLookupsTests {
  static let published = CalendarDate(year: 2020, month: 11, day: 5)

  /// The claims of the real samples, their measures, areas and periods varied claim by claim.
  static func claims() throws -> [(Document, [Claim])] {
    let extractor = Pipeline.real.checker.extractor
    let measures: [String?] = [nil, "category1_rso_total", "rso_per_100k", "no_such_measure", "",
                               "category1_rso_total", "rso_one_in_n_aged10plus", "mesure_é"]
    let areas: [String?] = ["Essex", "Essex", "essex", "Lancashire", nil, "Kent + Essex", "Ærø",
                            "", "England and Wales", "Lancashire", "Nowhere", "Essex + Nowhere"]
    // Periods too: the verifier keeps the last one's ordinal.
    let periods: [String?] = ["2019-20", "2019-20", "2018-19", "2019/20", "2020", "", nil, "2019-20 ",
                              "2018-19", "2017-18", "2019–20"]
    var out: [(Document, [Claim])] = []
    for file in ["essex-2019-20.txt", "essex-2019-20-errors.txt", "lancashire-2019-20.txt"] {
      let text = try String(contentsOfFile: Repo.samples + "/" + file, encoding: .utf8)
      let document = Document(name: file, text: text)
      let found = extractor.extract(from: document, segmenter: segmenter,
                                    options: .init(published: published)).claims
      out.append((document, found))
      // Runs of one measure and area, then changes of one or both, in several rhythms.
      for stride in 1...3 {
        var varied: [Claim] = []
        for (i, c) in (found + found).enumerated() {
          var c = c
          if i % (stride + 1) != 0 { c.measure = measures[(i / stride) % measures.count] }
          if i % (stride + 2) != 1 { c.area = areas[(i * stride) % areas.count] }
          if i % (stride + 3) == 2 { c.period = periods[(i / stride) % periods.count] }
          varied.append(c)
        }
        out.append((document, varied))
      }
    }
    out.append((Document(text: ""), []))
    return out
  }

  @Test func claimsCheckedTogetherAreCheckedAsAlone() throws {
    let verifier = try #require(Pipeline.real.checker.verifier)
    var compared = 0
    for (document, claims) in try Self.claims() {
      let together = verifier.check(claims, in: document, published: Self.published)
      var alone = claims.map { verifier.check($0, in: document, published: Self.published) }
      Consistency.check(&alone, in: document)
      #expect(together == alone, "\(document.name)")
      compared += claims.count
    }
    // Not vacuous: many claims, some of each verdict.
    #expect(compared > 100)
  }

  @Test func variedClaimsReachEveryVerdict() throws {
    let verifier = try #require(Pipeline.real.checker.verifier)
    var verdicts: Set<Verdict> = []
    for (document, claims) in try Self.claims() {
      for c in verifier.check(claims, in: document, published: Self.published) { verdicts.insert(c.verdict) }
    }
    #expect(verdicts == Set(Verdict.allCases))
  }
}
