import ArgumentParser
import FactCheckCore
import FactCheckData
import FactCheckICU
import Foundation

extension Toolkit {
  /// A toolkit for explicit folders (from a `.factcheck.yml` or the flags).
  init(corpusPath: String, ruleFolders: [String], verify: Bool) throws {
    corpus = try DatasetLoader.loadCorpus(corpusPath)
    let setup = try Setup(corpus: corpus, ruleFolders: ruleFolders, verify: verify)
    rules = setup.rules
    dataset = setup.dataset
    checker = setup.checker
    segmenter = try ICUSegmenter()
  }

  /// Checks a document whose front matter and suppression comments were already read and
  /// blanked out.
  /// - Parameters:
  ///   - published: from `--published`, else the front matter; nil for today (noted).
  ///   - area: from `--area`, else the front matter, else the configuration.
  func report(_ document: Document, published: CalendarDate?, area: String?, areaFlag: Bool,
              dayUnknown: Bool = false, through: CalendarDate? = nil) throws -> DocumentReport
  {
    var canonical: String?
    if let a = area {
      guard let match = dataset?.gazetteer.lookup(a) else {
        if areaFlag { throw ValidationError("--area '\(a)' is not an area of the dataset") }
        throw ToolError.missingResource("\(document.name): area '\(a)' is not an area of the dataset")
      }
      canonical = match.area.name
    }
    if let published, dayUnknown {
      return checker.run(document, segmenter: segmenter, options: .init(published: published, area: canonical),
                         dayUnknown: true, through: through)
    }
    return checker.run(document, segmenter: segmenter,
                       options: .init(published: published ?? AnalysisOptions.today(), area: canonical),
                       publishedGiven: published != nil)
  }
}
