import FactCheckCore
import Foundation
import Testing

/// Without `--explain` the resolver skips building its reasons; everything else about the
/// claims must be what it is with them.
@Suite struct ExplainOffTests {
  @Test(arguments: ["essex-2019-20.txt", "essex-2019-20-errors.txt", "lancashire-2019-20.txt"])
  func claimsAreTheSameWithoutReasons(_ file: String) throws {
    let text = try String(contentsOfFile: Repo.samples + "/" + file, encoding: .utf8)
    let document = Document(name: file, text: text)
    let published = CalendarDate(year: 2020, month: 11, day: 5)
    let extractor = Pipeline.real.checker.extractor
    let with = extractor.extract(from: document, segmenter: segmenter,
                                 options: .init(published: published, explain: true))
    let without = extractor.extract(from: document, segmenter: segmenter,
                                    options: .init(published: published, explain: false))
    #expect(with.claims.count >= 8)
    #expect(with.claims.allSatisfy { !$0.reasons.isEmpty }, "every claim says why")
    #expect(without.claims.allSatisfy { $0.reasons.isEmpty })
    let stripped = with.claims.map { c -> Claim in
      var c = c
      c.reasons = []
      return c
    }
    #expect(stripped == without.claims)
    #expect(with.ignored == without.ignored)
    #expect(with.unparsed == without.unparsed)
  }
}
