import FactCheckCore
import FactCheckData
import Foundation
import Testing

/// The `factcheck data add` workflow from Corpus/README.md, on a temporary copy of MAPPA.
@Suite struct DatasetAdderTests {
  @Test func addsANewYearAndARevision() throws {
    let folder = try Paths.tempCopy(of: Paths.mappa)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let release = folder + "/release.csv"
    try """
      period,area,measure,value,source_url,source_published,source_kind,flags
      2024-25,Essex,category1_rso_total,1900,https://example.org/mappa-2025,2025-10-30,official,
      2019-20,Essex,category1_rso_total,1601,https://example.org/mappa-2025,2025-10-30,official,

      """.write(toFile: release, atomically: true, encoding: .utf8)
    #expect(try DatasetAdder.add(figures: release, to: folder) == 2)
    let mappa = try DatasetLoader.load(folder)
    let day = { (s: String) in CalendarDate(iso: s)! }
    #expect(mappa.releaseDate(of: "2024-25") == day("2025-10-30"))
    #expect(mappa.figure(measure: "category1_rso_total", area: "Essex", period: "2024-25", asOf: nil).figure?.value == 1900)
    #expect(mappa.figure(measure: "category1_rso_total", area: "Essex", period: "2024-25", asOf: day("2025-10-29")) == .notYetPublished(release: day("2025-10-30")))
    let old = mappa.figure(measure: "category1_rso_total", area: "Essex", period: "2019-20", asOf: day("2021-01-01")).figure
    #expect(old?.value == 1596)
    #expect(old?.revisions.map(\.value) == [1601])
  }

  @Test func aBadReleaseWritesNothing() throws {
    let folder = try Paths.tempCopy(of: Paths.mappa)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let before = try String(contentsOfFile: folder + "/figures.csv", encoding: .utf8)
    let release = folder + "/release.csv"
    try """
      period,area,measure,value,source_url,source_published,source_kind,flags
      2024-25,Essex,category1_rso_total,1900,https://example.org/x,2025-10-30,official,
      2024-25,Kentish,category1_rso_total,1x,https://example.org/x,2025-10-30,official,

      """.write(toFile: release, atomically: true, encoding: .utf8)
    #expect(throws: DataError.self) { try DatasetAdder.add(figures: release, to: folder) }
    do {
      try DatasetAdder.add(figures: release, to: folder)
    } catch {
      #expect(error.diagnostics.map { "\($0.line):\($0.column)" } == ["3:9", "3:37"])
    }
    #expect(try String(contentsOfFile: folder + "/figures.csv", encoding: .utf8) == before)
  }
}
