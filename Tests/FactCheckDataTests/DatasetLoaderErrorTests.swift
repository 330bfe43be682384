import FactCheckCore
import FactCheckData
import Foundation
import Testing

@Suite struct DatasetLoaderErrorTests {
  private func errors(_ body: () throws(DataError) -> Void) -> [String] {
    do throws(DataError) {
      try body()
      return []
    } catch {
      return error.diagnostics.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column): \($0.reason)" }
    }
  }

  @Test func everyBadFigureIsReportedWithItsPosition() {
    let found = errors { () throws(DataError) in
      _ = try DatasetLoader.load(Paths.fixture, extraFigures: [Paths.fixtureFile("bad_figures.csv")])
    }
    #expect(found == [
      "bad_figures.csv:2:1: period '2021-22' does not fit academic_year: expected YYYY/YY, September to August (e.g. 2019/20)",
      "bad_figures.csv:3:9: unknown area 'Westham'",
      "bad_figures.csv:4:19: unknown measure 'exclusions'",
      "bad_figures.csv:5:31: value '1,200' is not a plain number (digits and an optional decimal point)",
      "bad_figures.csv:5:61: date '2023-7' is not YYYY-MM-DD, YYYY-MM or YYYY",
      "bad_figures.csv:5:68: source_kind 'newspaper' is not one of official, secondary-news, derived",
      "bad_figures.csv:5:78: unknown flag 'loud'; declare it under 'flags' in dataset.yml",
      "bad_figures.csv:7:9: 'North Shire' is another name for 'Northshire'; use the canonical name",
      "bad_figures.csv:6:1: permanent_exclusions for Southvale 2021/22 is 91 here but 90 at "
        + "\(Paths.fixtureFile("figures.csv")):10 with the same source date; give the later one its own date",
    ])
  }

  @Test func badMetadataIsReportedKeyByKey() throws {
    let folder = try Paths.tempCopy(of: Paths.fixture)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let yaml = """
      id: broken
      title: Broken
      publisher: Nobody
      licence: none
      home_url: https://example.org
      period_type: fortnight
      colour: blue
      measures:
        - id: a
          label: A
          unit: rate
          timing: sometimes
          definition: d
        - id: b
          label: B
          unit: count
          timing: flow
          definition: d
          derived_from: [zzz]

      """
    try yaml.write(toFile: folder + "/dataset.yml", atomically: true, encoding: .utf8)
    let found = errors { () throws(DataError) in _ = try DatasetLoader.load(folder) }
    #expect(found.contains("dataset.yml:7:1: unknown key 'colour' in dataset; expected one of: id, title, publisher, licence, home_url, summary, period_type, release, national_area, flags, measures"))
    #expect(found.contains("dataset.yml:6:14: 'period_type' must be one of financial_year, calendar_year, academic_year, month, not 'fortnight'"))
    #expect(found.contains("dataset.yml:11:11: unit 'rate' needs 'rate_base' (e.g. 100000)"))
    #expect(found.contains("dataset.yml:12:13: 'timing' must be one of stock, flow, derived, not 'sometimes'"))
    #expect(found.contains("dataset.yml:14:5: measure 'b' derives from unknown measure 'zzz'"))
    // The figures refer to measures this metadata no longer declares: reported too, all at once.
    #expect(found.contains("figures.csv:2:20: unknown measure 'permanent_exclusions'"))
    #expect(!found.contains { $0.contains("does not fit") })
  }

  @Test func missingFilesAreErrorsNotCrashes() {
    let found = errors { () throws(DataError) in _ = try DatasetLoader.load("/nonexistent/dataset") }
    #expect(found.first == "dataset.yml:1:1: cannot read file")
  }
}
