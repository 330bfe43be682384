import FactCheckCore
import Testing

/// A dataset keeps its fields in one shared box (copies are one retain): it must still behave
/// as a value. A write to a copy never shows in the original, setting the gazetteer rebuilds
/// what depends on it, and equality and hashing compare contents, not boxes.
@Suite struct DatasetValueTests {
  private static func row(_ area: String, _ period: String, _ value: Double) -> FigureRow {
    FigureRow(period: period, area: area, measure: "m", value: value,
              source: Source(url: "https://example.org/\(area)", published: "2020-01", kind: .official))
  }

  private static func dataset(areas: [String] = ["Ærø", "Kent"]) -> Dataset {
    Dataset(
      id: "d", title: "Title", publisher: "P", licence: "L", homeURL: "https://example.org",
      periodType: .calendarYear, release: nil,
      measures: [Measure(id: "m", label: "Things", unit: .count, timing: .stock, definition: "")],
      gazetteer: Gazetteer(areas: areas.map { Area(name: $0) }),
      rows: [row("Kent", "2018", 10), row("Ærø", "2018", 7), row("Kent", "2019", 12)])
  }

  @Test func aWriteToACopyLeavesTheOriginalAlone() {
    let original = Self.dataset()
    var copy = original
    #expect(copy == original)
    copy.id = "other"
    copy.title += " (copy)"
    copy.summary = "now set"
    copy.measures.append(Measure(id: "n", label: "More", unit: .percent, timing: .flow, definition: ""))
    copy.flags["x"] = "a flag"
    #expect(original.id == "d")
    #expect(original.title == "Title")
    #expect(original.summary == nil)
    #expect(original.measures.map(\.id) == ["m"])
    #expect(original.flags.isEmpty)
    #expect(copy.id == "other")
    #expect(copy.title == "Title (copy)")
    #expect(copy.summary == "now set")
    #expect(copy.measures.map(\.id) == ["m", "n"])
    #expect(copy.flags == ["x": "a flag"])
    #expect(copy != original)
  }

  @Test func equalContentsInSeparateBoxesAreEqualAndHashAlike() {
    let a = Self.dataset()
    let b = Self.dataset()
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(Set([a, b]).count == 1)
    var c = b
    c.licence = "M"
    #expect(a != c)
    c.licence = "L"
    #expect(a == c)
  }

  @Test func settingTheGazetteerRebuildsTheColumns() {
    var data = Self.dataset()
    #expect(data.figures(measure: "m", period: "2018", asOf: nil).map(\.area) == ["Ærø", "Kent"])
    let before = data
    data.gazetteer = Gazetteer(areas: [Area(name: "Kent"), Area(name: "Ærø")])
    #expect(data.figures(measure: "m", period: "2018", asOf: nil).map(\.area) == ["Kent", "Ærø"])
    #expect(before.figures(measure: "m", period: "2018", asOf: nil).map(\.area) == ["Ærø", "Kent"])
    #expect(data.figure(measure: "m", area: "Kent", period: "2019", asOf: nil).figure?.value == 12)
    #expect(data.periods == ["2018", "2019"])
    #expect(data.rows.count == 3)
  }
}
