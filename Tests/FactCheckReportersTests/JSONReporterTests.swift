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
}
