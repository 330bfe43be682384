import FactCheckCI
import FactCheckCore
import FactCheckData
import FactCheckReporters
import Foundation

/// Loads each file's configuration and toolkit, reads front matter and suppression comments,
/// and checks the file: what `check` and `baseline` share.
final class CIRun {
  struct Analysed {
    var path: String
    /// The path fingerprints record: relative to the current folder, `/`-separated.
    var fingerprintPath: String
    var report: DocumentReport
    var suppressions: [Suppression]
    var config: ConfigFile?
    var kit: Toolkit
  }

  let options: AnalysisOptions
  let explicitConfig: ConfigFile?
  private var configs: [String: ConfigFile] = [:]
  private var kits: [String: Toolkit] = [:]
  static let cwd = FileManager.default.currentDirectoryPath

  init(_ options: AnalysisOptions, configPath: String?) throws {
    self.options = options
    explicitConfig = try configPath.map { path -> ConfigFile in
      guard FileManager.default.fileExists(atPath: path) else { throw InputError(path: path, reason: .notFound) }
      return try ConfigFile.load(path, formats: CheckFormat.allCases.map(\.rawValue))
    }
  }

  /// `--config`, else the nearest `.factcheck.yml` above the file (above the current folder for
  /// standard input).
  func config(for path: String) throws -> ConfigFile? {
    if let explicitConfig { return explicitConfig }
    let dir = path == "-" ? Self.cwd : URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard let found = ConfigFile.find(from: dir) else { return nil }
    if let c = configs[found] { return c }
    let c = try ConfigFile.load(found, formats: CheckFormat.allCases.map(\.rawValue))
    configs[found] = c
    return c
  }

  /// The flags' folders win over the configuration's, which win over the bundled ones.
  func toolkit(for config: ConfigFile?) throws -> Toolkit {
    let key = config?.path ?? ""
    if let k = kits[key] { return k }
    let corpus = try options.corpus ?? config?.datasets.map { config!.resolve($0) }
      ?? Toolkit.folder(nil, bundled: "Corpus", flag: "--corpus")
    var rules = options.rules.map { [$0] } ?? config?.rules.map { config!.resolve($0) } ?? []
    if rules.isEmpty { rules = [try Toolkit.folder(nil, bundled: "Rules", flag: "--rules")] }
    let kit = try Toolkit(corpusPath: corpus, ruleFolders: rules, verify: true)
    kits[key] = kit
    return kit
  }

  /// Whether the configuration's `ignore` globs exclude the file.
  func isIgnored(_ path: String, _ config: ConfigFile?) -> Bool {
    guard let config, path != "-", !config.ignore.isEmpty else { return false }
    let abs = ChangedLines.canonical(path)
    let base = ChangedLines.canonical(config.directory) + "/"
    guard abs.hasPrefix(base) else { return false }
    let rel = String(abs.dropFirst(base.count))
    return config.ignore.contains { Glob($0).matches(rel) }
  }

  /// Checks one file; nil when the configuration ignores it.
  func analyse(_ path: String) throws -> Analysed? {
    let config = try config(for: path)
    if isIgnored(path, config) { return nil }
    let kit = try toolkit(for: config)
    var document = try DocumentLoader.load(path: path)
    var (published, given) = try options.publishedDate()
    var dayAssumed = false
    var through: CalendarDate?
    let front = FrontMatter.parse(document)
    if let front { document = front.blanked(document) }
    let (suppressions, blanked) = SuppressionScanner.scan(document, frontMatter: front)
    if !given, let front {
      let raw = config?.dateKey.flatMap { front.fields[$0] }
      if let raw, let d = CalendarDate.leading(raw) {
        (published, given) = (d.date, true)
        dayAssumed = !d.dayGiven
        through = CalendarDate.lastDay(raw)
      } else if config?.dateKey == nil, let d = front.dated {
        (published, given) = (d.date, true)
        dayAssumed = !d.dayGiven
        through = front.datedThrough
      }
    }
    let area = options.area ?? front?.area ?? config?.area
    var report = try kit.report(blanked, published: given ? published : nil, area: area,
                                areaFlag: options.area != nil, dayUnknown: dayAssumed, through: through)
    report.url = front?.fields["url"]
    if !given {
      // The configured date key's text when it is there but not a date.
      let configured = config?.dateKey.flatMap { front?.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
      report.unreadDate = config?.dateKey == nil ? front?.unreadDate : configured
    }
    return Analysed(path: path, fingerprintPath: Self.relative(path), report: report,
                    suppressions: suppressions, config: config, kit: kit)
  }

  /// A path relative to the current folder when it is inside it.
  static func relative(_ path: String) -> String {
    guard path.hasPrefix("/") else { return Fingerprint.normalizePath(path) }
    let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }

  /// Folders replaced by the Markdown and text files inside them (hidden folders skipped),
  /// sorted; files and `-` kept as given.
  static func expand(_ args: [String]) -> [String] {
    args.map(reportPath).flatMap { arg -> [String] in
      var isDir: ObjCBool = false
      guard arg != "-", FileManager.default.fileExists(atPath: arg, isDirectory: &isDir), isDir.boolValue,
            let walker = FileManager.default.enumerator(atPath: arg) else { return [arg] }
      var found: [String] = []
      while let item = walker.nextObject() as? String {
        let name = (item as NSString).lastPathComponent
        if name.hasPrefix(".") { walker.skipDescendants(); continue }
        let ext = (name as NSString).pathExtension.lowercased()
        if ["md", "markdown", "txt"].contains(ext) {
          found.append(arg.hasSuffix("/") ? arg + item : arg + "/" + item)
        }
      }
      return found.sorted().map(Fingerprint.normalizePath)
    }
  }
}
