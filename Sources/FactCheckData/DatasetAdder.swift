import FactCheckCore
import Foundation

/// Adds a release (new figures or revisions) to a dataset folder, only if the result is clean.
public enum DatasetAdder {
  /// Validates `figures` (a CSV in the columns of `figures.csv`) together with the dataset, then
  /// appends its rows to the dataset's `figures.csv` unless `dryRun`.
  ///
  /// - Returns: the number of rows added (or that would be added).
  /// - Throws: `DataError` with every problem, in either file; nothing is written then.
  @discardableResult
  public static func add(figures: String, to folder: String, dryRun: Bool = false)
    throws(DataError) -> Int
  {
    let target = (folder as NSString).appendingPathComponent(DatasetLoader.figuresFile)
    var sink = DiagnosticSink()
    guard let new = DatasetLoader.read(figures, &sink), let old = DatasetLoader.read(target, &sink)
    else { throw DataError(sink.diagnostics) }
    let newLines = lines(new), oldLines = lines(old)
    if newLines.first != oldLines.first {
      sink.add(figures, line: 1, column: 1,
        "header must be exactly '\(oldLines.first ?? "")' as in \(target)")
      throw DataError(sink.diagnostics)
    }
    _ = try DatasetLoader.load(folder, extraFigures: [figures])
    let rows = newLines.dropFirst().filter { !$0.isEmpty }
    guard !dryRun, !rows.isEmpty else { return rows.count }
    let separator = old.hasSuffix("\n") || old.isEmpty ? "" : "\n"
    let text = old + separator + rows.joined(separator: "\n") + "\n"
    do {
      try text.write(toFile: target, atomically: true, encoding: .utf8)
    } catch {
      throw DataError([DataDiagnostic(file: target, line: 1, column: 1, reason: "cannot write: \(error.localizedDescription)")])
    }
    return rows.count
  }

  private static func lines(_ text: String) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
      .map { String($0) }
  }
}
