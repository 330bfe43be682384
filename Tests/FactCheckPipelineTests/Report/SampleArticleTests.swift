import FactCheckCore
import Foundation
import Testing

/// The sample articles in `Corpus/samples/`, checked as `Corpus/samples/README.md` says to run
/// them. Expectations come from that README, not from the tool's output.
@Suite struct SampleArticleTests {
  struct Sample: CustomTestStringConvertible, Sendable {
    var file: String
    var area: String
    var testDescription: String { file }
  }

  static let correct = [
    Sample(file: "essex-2019-20.txt", area: "Essex"),
    Sample(file: "lancashire-2019-20.txt", area: "Lancashire"),
  ]

  func check(_ file: String, area: String) throws -> DocumentReport {
    try Pipeline.real.check(file: Repo.samples + "/" + file, published: "2020-11-05", area: area)
  }

  @Test(arguments: correct)
  func correctSampleHasNoContradictedClaim(_ s: Sample) throws {
    let report = try check(s.file, area: s.area)
    let wrong = report.findings.filter { $0.claim.verdict == .contradicted }
    let lines = wrong.map { "\(report.line(of: $0.claim)): '\($0.text)': \($0.claim.message)" }
    #expect(lines.isEmpty)
    #expect(report.summary.claims >= 8, "the sample's figures are found as claims")
    #expect(report.summary.supported >= 8)
  }

  /// One planted error from the README's table: what is written, and the correct figure.
  struct Planted: CustomTestStringConvertible, Sendable {
    var number: Int
    /// Text around the error, as the README quotes it.
    var written: String
    /// The wrong number within `written`, which the claim must span.
    var wrong: String
    /// The correct figure, as the suggestion must give it.
    var correct: String
    var testDescription: String { "#\(number) \(written)" }
  }

  static let planted = [
    Planted(number: 1, written: "1,569 registered sex offenders", wrong: "1,569", correct: "1,596"),
    Planted(number: 2, written: "109 offenders for every 100,000", wrong: "109", correct: "99"),
    Planted(number: 3, written: "the average of 116", wrong: "116", correct: "119"),
    Planted(number: 4, written: "a rise of 12 per cent", wrong: "12", correct: "7"),
    Planted(number: 5, written: "531 violent offenders", wrong: "531", correct: "351"),
  ]

  @Test(arguments: planted)
  func plantedErrorIsCaught(_ p: Planted) throws {
    let report = try check("essex-2019-20-errors.txt", area: "Essex")
    let lines = report.document.text.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains(p.written) }, "README text not in the sample") + 1
    let onLine = report.findings.filter { report.line(of: $0.claim) == line }
    let hit = onLine.first { $0.claim.verdict == .contradicted && $0.text.contains(p.wrong) }
    let found = try #require(hit, "line \(line): \(onLine.map { "'\($0.text)' \($0.claim.verdict)" })")
    let suggestion = try #require(found.claim.suggestion, "no suggestion for '\(found.text)'")
    #expect(suggestion.contains(p.correct), "suggestion '\(suggestion)'")
    #expect(!suggestion.contains(p.wrong))
  }

  @Test func errorsSampleHasNoOtherContradiction() throws {
    let report = try check("essex-2019-20-errors.txt", area: "Essex")
    #expect(report.summary.contradicted == Self.planted.count)
    let headline = report.findings.first { $0.text == "Almost 1,600" }
    #expect(headline?.claim.verdict == .supported, "the headline holds for 1,596")
  }
}
