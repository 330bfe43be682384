@testable import FactCheckCore
import Foundation
import Testing

/// Extraction gives the same claims every time. A measure inherited from "the nearest" figure
/// was picked from a dictionary, whose order follows where its storage was allocated: with two
/// figures equally near, the measure changed from run to run.
@Suite struct DeterminismTests {
  /// A JSON Lines feed read as one raw text: long runs of figures, and equidistant ones.
  @Test func repeatedExtractionsAgree() throws {
    let path = Repo.path("Corpus/archive-sample/feeds/feed-0003.jsonl")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let document = Document(name: "feed-0003.jsonl", text: text)
    let extractor = Pipeline.real.checker.extractor
    let options = ClaimExtractor.Options(published: CalendarDate(year: 2020, month: 11, day: 5))
    func measures() -> [String] {
      extractor.extract(from: document, segmenter: segmenter, options: options)
        .claims.map { "\($0.range.start) \($0.measure ?? "-")" }
    }
    let first = measures()
    // Allocations in between move the next dictionaries' storage, and with it their order.
    var ballast: [[Int: Int]] = []
    for run in 0..<12 {
      ballast.append(Dictionary(uniqueKeysWithValues: (0..<(run * 7)).map { ($0, $0) }))
      let again = measures()
      let differing = zip(first, again).filter { $0 != $1 }.map { "\($0.0) then \($0.1)" }
      #expect(again.count == first.count && differing.isEmpty, "run \(run): \(differing)")
    }
  }
}
