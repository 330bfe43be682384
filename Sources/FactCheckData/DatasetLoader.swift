import FactCheckCore
import Foundation

/// Loads dataset folders (`dataset.yml`, `areas.csv`, `figures.csv`) and corpora of them.
///
/// Loading is strict: every problem in every file is collected and thrown together as a
/// `DataError`, each with `file:line:column`.
public enum DatasetLoader {
  public static let metadataFile = "dataset.yml"
  public static let areasFile = "areas.csv"
  public static let figuresFile = "figures.csv"

  /// Loads every dataset folder (a folder holding `dataset.yml`) directly inside `corpus`.
  public static func loadCorpus(_ corpus: String) throws(DataError) -> StatCorpus {
    let folders = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).sorted()
      .map { (corpus as NSString).appendingPathComponent($0) }
      .filter { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent(metadataFile)) }
    guard !folders.isEmpty else {
      throw DataError([DataDiagnostic(file: corpus, line: 1, column: 1, reason: "no dataset folders (with \(metadataFile)) in corpus")])
    }
    var datasets: [Dataset] = []
    var diagnostics: [DataDiagnostic] = []
    for folder in folders {
      do throws(DataError) {
        datasets.append(try load(folder))
      } catch {
        diagnostics += error.diagnostics
      }
    }
    guard diagnostics.isEmpty else { throw DataError(diagnostics) }
    return StatCorpus(datasets: datasets)
  }

  /// Loads one dataset folder, plus any extra figures files (e.g. a release being added).
  public static func load(_ folder: String, extraFigures: [String] = []) throws(DataError) -> Dataset {
    var sink = DiagnosticSink()
    let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
    var reader = YAMLReader(file: path(metadataFile), sink: sink)
    let meta = DatasetMetadata.parse(read(path(metadataFile), &reader.sink) ?? "", &reader)
    sink = reader.sink
    let areasTable = CSVTable(bytes: Array((read(path(areasFile), &sink) ?? "").utf8))
    let areas = DatasetTables.areas(areasTable, file: path(areasFile), national: meta.nationalArea, &sink)
    if let national = meta.nationalArea, !areas.contains(where: { $0.name == national }) {
      reader.sink = sink
      reader.error(meta.nationalAreaNode, "national_area '\(national)' is not in \(areasFile)")
      sink = reader.sink
    }
    let gazetteer = Gazetteer(areas: areas)
    let table = FigureTable(meta: meta, areaNames: Set(areas.map(\.name)), gazetteer: gazetteer)
    var rows: [LocatedRow] = []
    for file in [path(figuresFile)] + extraFigures {
      let csv = CSVTable(bytes: Array((read(file, &sink) ?? "").utf8))
      rows += table.rows(csv, file: file, &sink)
    }
    for (a, b) in FigureCell.conflicts(in: rows.map(\.row)) {
      let first = rows[a], second = rows[b]
      sink.add(second.file, second.location,
        "\(second.row.measure) for \(second.row.area) \(second.row.period) is "
          + "\(NumberText.format(second.row.value)) here but \(NumberText.format(first.row.value)) at "
          + "\(first.file):\(first.location.line) with the same source date; give the later one its own date")
    }
    guard sink.diagnostics.isEmpty else { throw DataError(sink.diagnostics) }
    return Dataset(
      id: meta.id, title: meta.title, publisher: meta.publisher, licence: meta.licence,
      homeURL: meta.homeURL, summary: meta.summary, periodType: meta.periodType,
      release: meta.release, measures: meta.measures, gazetteer: gazetteer, flags: meta.flags,
      rows: rows.map(\.row))
  }

  /// The file's text; reports a missing or unreadable file.
  static func read(_ path: String, _ sink: inout DiagnosticSink) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else {
      sink.add(path, line: 1, column: 1, "cannot read file")
      return nil
    }
    if let bad = DocumentLoader.firstInvalidUTF8(Array(data)) {
      sink.add(path, LineIndex(bytes: Array(data)).location(of: bad), "invalid UTF-8")
      return nil
    }
    return String(decoding: data, as: UTF8.self)
  }
}
