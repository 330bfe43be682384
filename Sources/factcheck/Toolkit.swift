import ArgumentParser
import FactCheckCore
import FactCheckData
import FactCheckICU
import Foundation

/// Options shared by the commands that read articles.
struct AnalysisOptions: ParsableArguments {
  @Option(help: "Publication date, YYYY-MM-DD (default: today). Relative periods count from it.")
  var published: String?

  @Option(help: "The article's own area, overriding the one found in the text.")
  var area: String?

  @Option(help: "Folder of datasets (default: the bundled Corpus/).")
  var corpus: String?

  @Option(help: "Folder of phrasing rules (default: the bundled Rules/).")
  var rules: String?

  @Flag(help: "Show why each measure, area and period was chosen.")
  var explain = false

  func publishedDate() throws -> (CalendarDate, given: Bool) {
    guard let published else { return (Self.today(), false) }
    guard let date = CalendarDate(iso: published) else {
      throw ValidationError("--published must be a date as YYYY-MM-DD, not '\(published)'")
    }
    return (date, true)
  }

  static func today() -> CalendarDate {
    let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
    return CalendarDate(year: c.year!, month: c.month!, day: c.day!)
  }
}

/// The loaded datasets, rules and segmenter, ready to check documents.
struct Toolkit {
  let corpus: StatCorpus
  let rules: RuleBook
  let segmenter: ICUSegmenter
  let checker: Checker
  let dataset: Dataset?

  init(_ options: AnalysisOptions, verify: Bool) throws {
    let corpusPath = try Self.folder(options.corpus, bundled: "Corpus", flag: "--corpus")
    let rulesPath = try Self.folder(options.rules, bundled: "Rules", flag: "--rules")
    try self.init(corpusPath: corpusPath, ruleFolders: [rulesPath], verify: verify)
  }

  func report(path: String, options: AnalysisOptions) throws -> DocumentReport {
    var document = try DocumentLoader.load(path: path)
    var (published, given) = try options.publishedDate()
    var dayAssumed = false
    let front = FrontMatter.parse(document)
    if let front {
      document = front.blanked(document)
      if !given, let dated = front.dated {
        (published, given) = (dated.date, true)
        dayAssumed = !dated.dayGiven
      }
    }
    var report = try report(document, published: given ? published : nil,
                            area: options.area ?? front?.area, areaFlag: options.area != nil,
                            dayUnknown: dayAssumed, through: dayAssumed ? front?.datedThrough : nil)
    report.url = front?.fields["url"]
    if !given { report.unreadDate = front?.unreadDate }
    return report
  }

  static func folder(_ given: String?, bundled: String, flag: String) throws -> String {
    if let given { return given }
    guard let found = ResourceLocator.bundled(bundled) else {
      throw ToolError.missingResource("cannot find the bundled \(bundled)/ folder; pass \(flag) DIR or set FACTCHECK_SHARE")
    }
    return found
  }
}

enum ToolError: Error, CustomStringConvertible {
  case missingResource(String)
  var description: String {
    switch self {
    case .missingResource(let s): "error: \(s)"
    }
  }
}

/// Every error's exit status, in one place: 2 for input, data and rules problems.
enum ExitStatus {
  static func fail(_ error: Error) -> ExitCode {
    let text: String
    switch error {
    case let e as InputError: text = e.description
    case let e as DataError: text = e.description
    case let e as RulesError: text = e.description
    case let e as ToolError: text = e.description
    case let e as CheckpointError: text = e.description
    case let e as ICUError: text = "error: \(e.description)"
    default: text = "error: \(error)"
    }
    FileHandle.standardError.write(Data((text + "\n").utf8))
    return ExitCode(2)
  }

  /// Runs `body`, mapping thrown errors to exit status 2; usage errors keep ArgumentParser's 64.
  static func guarding<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as ValidationError {
      throw e
    } catch let e as ExitCode {
      throw e
    } catch {
      throw fail(error)
    }
  }
}

/// Writes to standard output. A full disk, a closed pipe (`| head`) or another write error ends
/// the run with a message and exit status 2 (FileHandle.write would trap).
func write(_ text: String) {
  var bytes = Array(text.utf8)
  var offset = 0
  while offset < bytes.count {
    let n = bytes.withUnsafeMutableBytes { Foundation.write(1, $0.baseAddress! + offset, $0.count - offset) }
    if n < 0 && errno == EINTR { continue }
    guard n > 0 else {
      let why = String(cString: strerror(errno))
      FileHandle.standardError.write(Data("error: cannot write to standard output: \(why)\n".utf8))
      exit(2)
    }
    offset += n
  }
}

/// `path` as reports show it: relative to the working directory when it lies inside it (an
/// absolute path would put the user's home and folder names into shared reports); otherwise
/// as given.
func reportPath(_ path: String) -> String {
  let cwd = FileManager.default.currentDirectoryPath
  guard path.hasPrefix("/"), cwd != "/" else { return path }
  if path == cwd { return "." }
  let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
  guard path.hasPrefix(prefix) else { return path }
  return String(path.dropFirst(prefix.count))
}
