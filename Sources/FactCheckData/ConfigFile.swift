import FactCheckCore
import Foundation
import Yams

/// `.factcheck.yml`: a project's settings for `factcheck check` and `baseline`.
///
/// Folders and the baseline are relative to the file's own folder; `ignore` globs are matched
/// against paths relative to it. Unknown keys and wrong values are errors at `file:line:column`.
public struct ConfigFile: Sendable, Hashable {
  public static let fileName = ".factcheck.yml"
  public static let keys = ["datasets", "rules", "fail_on", "ignore", "date_key", "area", "format", "baseline"]
  public static let verdicts = ["contradicted", "unverifiable"]

  /// The file, as found or given.
  public var path: String
  /// Its folder, absolute.
  public var directory: String
  public var datasets: String?
  public var rules: [String] = []
  public var failOn: [String] = ["contradicted"]
  public var ignore: [String] = []
  /// The front matter key holding the publication date (default: `date`, then `published`).
  public var dateKey: String?
  public var area: String?
  public var format: String?
  public var baseline: String?

  /// The nearest `.factcheck.yml` in `directory` or one of its parents.
  public static func find(from directory: String) -> String? {
    var dir = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = dir.appendingPathComponent(fileName).path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = dir.deletingLastPathComponent()
      if parent.path == dir.path { return nil }
      dir = parent
    }
  }

  /// Reads and checks a config file.
  /// - Parameter formats: the accepted values of `format`.
  /// - Throws: `DataError` with every problem found, each at its line and column.
  public static func load(_ path: String, formats: [String]) throws(DataError) -> ConfigFile {
    let dir = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
    var config = ConfigFile(path: path, directory: dir)
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw DataError([DataDiagnostic(file: path, line: 1, column: 1, reason: "cannot read the file as UTF-8")])
    }
    let node: Node?
    do {
      node = try composeYAML(text)
    } catch let e as YamlError {
      let d = RuleFileReader.diagnostic(file: path, e)
      throw DataError([DataDiagnostic(file: path, line: d.line, column: d.column, reason: d.message)])
    } catch {
      throw DataError([DataDiagnostic(file: path, line: 1, column: 1, reason: "invalid YAML: \(error)")])
    }
    guard let node else { return config }  // an empty file: all defaults
    var r = YAMLReader(file: path, sink: DiagnosticSink())
    guard let map = r.mapping(node, "the factcheck configuration", allowed: keys, required: []) else {
      throw DataError(r.sink.diagnostics)
    }
    config.datasets = r.string(map["datasets"], "datasets")
    if let rules = map["rules"] {
      config.rules = rules.scalar != nil ? [r.string(rules, "rules")].compactMap { $0 } : r.strings(rules, "rules")
    }
    if let f = map["fail_on"] {
      config.failOn = r.strings(f, "fail_on")
      for (v, n) in zip(config.failOn, f.sequence.map(Array.init) ?? []) where !verdicts.contains(v) {
        r.error(n, "'fail_on' takes contradicted and unverifiable, not '\(v)'")
      }
    }
    config.ignore = r.strings(map["ignore"], "ignore")
    config.dateKey = r.string(map["date_key"], "date_key")
    config.area = r.string(map["area"], "area")
    if let f = map["format"], let v = r.string(f, "format") {
      if formats.contains(v) { config.format = v } else {
        r.error(f, "'format' must be one of \(formats.joined(separator: ", ")), not '\(v)'")
      }
    }
    config.baseline = r.string(map["baseline"], "baseline")
    if !r.sink.diagnostics.isEmpty { throw DataError(r.sink.diagnostics) }
    return config
  }

  /// A path from the file, made absolute against the file's folder.
  public func resolve(_ relative: String) -> String {
    relative.hasPrefix("/") ? relative : URL(fileURLWithPath: directory).appendingPathComponent(relative).standardizedFileURL.path
  }

  /// The starter file `factcheck init` writes: every key, commented.
  public static let starter = """
    # factcheck configuration. factcheck finds this file by walking up from each checked file;
    # `--config FILE` names one. Paths are relative to this file's folder. Unknown keys are errors.

    # Folder of datasets and folders of phrasing rules (default: the bundled Corpus/ and Rules/).
    # datasets: Corpus
    # rules: [Rules]

    # Verdicts that fail the run (exit status 1): contradicted, and optionally unverifiable.
    fail_on: [contradicted]

    # Files never checked: globs relative to this folder; ** crosses folders, a pattern
    # without / matches the file name anywhere.
    ignore:
      - "drafts/**"
      - "*.draft.md"

    # Front matter key holding the publication date (default: date, then published).
    date_key: date

    # The area articles are about when neither the text nor the front matter says.
    # area: Essex

    # Report format when --format is not given: text, json, github, sarif, junit, checkstyle.
    # format: text

    # Findings accepted once (factcheck baseline create FILE); check reports only new ones.
    # baseline: .factcheck-baseline.json

    """
}
