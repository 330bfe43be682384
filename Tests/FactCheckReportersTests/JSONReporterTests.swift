import FactCheckCore
import Foundation
import Testing

@testable import FactCheckReporters

@Suite struct JSONReporterTests {
  let reporter = JSONReporter(
    tool: .init(name: "factcheck", version: "0.0.0-test"),
    datasets: [.init(id: "mappa", version: "2024-11-01")])

  @Test func snapshot() {
    assertSnapshot(reporter.render([ReportFixture.report]), named: "report.json")
  }

  /// Every claim's range is a UTF-8 byte range of the file, end exclusive, even after "£", "–",
  /// "’" and an emoji.
  @Test func rangesAreUTF8ByteOffsets() throws {
    let data = Data(reporter.render([ReportFixture.report]).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(root["schemaVersion"] as? Int == 1)
    let docs = try #require(root["documents"] as? [[String: Any]])
    let claims = try #require(docs.first?["claims"] as? [[String: Any]])
    #expect(claims.count == 4)
    let bytes = Array(ReportFixture.text.utf8)
    for claim in claims {
      let range = try #require(claim["range"] as? [String: Int])
      let (start, end) = (try #require(range["start"]), try #require(range["end"]))
      #expect(String(decoding: bytes[start..<end], as: UTF8.self) == claim["text"] as? String)
    }
  }

  /// The article's own address is in the document, and evidence taken from that very page
  /// says so (`source_is_document`); evidence from another page leaves the key out.
  @Test func evidenceFromTheArticleItselfIsFlagged() throws {
    func evidence(url: String?) throws -> (document: [String: Any], evidence: [[String: Any]]) {
      var report = ReportFixture.report
      report.url = url
      let data = Data(reporter.render([report]).utf8)
      let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let doc = try #require((root["documents"] as? [[String: Any]])?.first)
      let claims = try #require(doc["claims"] as? [[String: Any]])
      return (doc, claims.compactMap { $0["evidence"] as? [String: Any] })
    }
    let own = try evidence(url: "http://www.gov.uk/government/statistics/mappa-annual-report-2019-to-2020/?utm_source=feed")
    #expect(own.document["url"] as? String == "http://www.gov.uk/government/statistics/mappa-annual-report-2019-to-2020/?utm_source=feed")
    #expect(!own.evidence.isEmpty)
    for e in own.evidence where e["source_url"] as? String == ReportFixture.url {
      #expect(e["source_is_document"] as? Bool == true)
    }
    #expect(own.evidence.contains { $0["source_is_document"] as? Bool == true })
    let other = try evidence(url: "https://example.com/news/essex")
    #expect(other.evidence.allSatisfy { $0["source_is_document"] == nil })
    let none = try evidence(url: nil)
    #expect(none.document["url"] == nil)
    #expect(none.evidence.allSatisfy { $0["source_is_document"] == nil })
  }
}
