import FactCheckCore
import FactCheckData
import FactCheckICU
import Foundation

/// Paths in the repository, found from this file so tests run from any directory.
enum Repo {
  static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let root = testsDir.deletingLastPathComponent().deletingLastPathComponent()
  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  static let rules = path("Rules")
  static let corpus = path("Corpus")
  static let samples = path("Corpus/samples")
  static let commonRules = path("Rules/common")
  static let fixtures = testsDir.appendingPathComponent("Fixtures").path
  static let schoolRules = fixtures + "/rules/schools"
  /// The made-up school exclusions dataset, shared with FactCheckDataTests.
  static let schoolData = path("Tests/FactCheckDataTests/Fixtures/school_exclusions")
}

/// One segmenter for all tests (ICU's break iterators are opened once).
let segmenter: ICUSegmenter = {
  do { return try ICUSegmenter() } catch { fatalError("ICU segmenter: \(error)") }
}()

/// Datasets, rules and a `Checker`, wired exactly as the CLI's `Toolkit` wires them.
struct Pipeline: Sendable {
  let corpus: StatCorpus
  let rules: RuleBook
  let dataset: Dataset?
  let checker: Checker

  /// Loads `corpus` and every rule folder in `ruleFolders` (each a rule set or a folder of
  /// sets), binding measures to the corpus's datasets as `Toolkit` does.
  init(corpus: StatCorpus, ruleFolders: [String]) throws {
    let setup = try Setup(corpus: corpus, ruleFolders: ruleFolders)
    self.corpus = corpus
    rules = setup.rules
    dataset = setup.dataset
    checker = setup.checker
  }

  /// The real `Rules/` and `Corpus/`, as `factcheck check` loads them by default.
  static let real: Pipeline = {
    do {
      return try Pipeline(corpus: DatasetLoader.loadCorpus(Repo.corpus), ruleFolders: [Repo.rules])
    } catch {
      fatalError("cannot load the real Rules/ and Corpus/: \(error)")
    }
  }()

  /// The made-up school exclusions domain: its own measure rules plus the shared `Rules/common`.
  static let schools: Pipeline = {
    do {
      let data = try DatasetLoader.load(Repo.schoolData)
      return try Pipeline(corpus: StatCorpus(datasets: [data]),
                          ruleFolders: [Repo.commonRules, Repo.schoolRules])
    } catch {
      fatalError("cannot load the school exclusions fixture: \(error)")
    }
  }()

  /// Checks `text` as published on `published` (YYYY-MM-DD), optionally about `area`.
  func check(_ text: String, published: String, area: String? = nil, name: String = "test")
    -> DocumentReport
  {
    guard let date = CalendarDate(iso: published) else { fatalError("bad date \(published)") }
    return checker.run(Document(name: name, text: text), segmenter: segmenter,
                       options: .init(published: date, area: area))
  }

  /// Checks a file, as `factcheck check FILE --published … --area …` does.
  func check(file: String, published: String, area: String? = nil) throws -> DocumentReport {
    let document = try DocumentLoader.load(path: file)
    return check(document.text, published: published, area: area, name: file)
  }
}

extension DocumentReport {
  /// Checked claims with the text each spans.
  var findings: [(text: String, claim: CheckedClaim)] {
    (checked ?? []).map { (document.slice($0.claim.range), $0) }
  }

  /// The checked claim spanning exactly `text` (the first, if several).
  func finding(_ text: String) -> CheckedClaim? {
    findings.first { $0.text == text }?.claim
  }

  /// The 1-based line a claim starts on.
  func line(of claim: CheckedClaim) -> Int {
    document.location(of: claim.claim.range.start).line
  }
}
