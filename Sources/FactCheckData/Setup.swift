import FactCheckCore

/// Datasets and rule folders wired into a ready `Checker`: the rules bind to the corpus's
/// measures, and the dataset the rules name gives the gazetteer and the period calendar.
public struct Setup: Sendable {
  public let corpus: StatCorpus
  public let rules: RuleBook
  /// The dataset claims are resolved against (the first one a rule set binds to).
  public let dataset: Dataset?
  public let checker: Checker

  /// - Parameters:
  ///   - ruleFolders: `Rules/` roots or single rule sets, loaded together.
  ///   - verify: false to extract claims without checking them.
  public init(corpus: StatCorpus, ruleFolders: [String], verify: Bool = true) throws(RulesError) {
    self.corpus = corpus
    var measures: [String: Set<String>] = [:]
    for d in corpus.datasets { measures[d.id] = Set(d.measures.map(\.id)) }
    var book = RuleBook()
    for folder in ruleFolders {
      let part = try RulesLoader.load(from: folder, measures: measures)
      book.rules += part.rules
      book.datasets.formUnion(part.datasets)
    }
    rules = book
    let bound = book.datasets
    let dataset = corpus.datasets.first { bound.contains($0.id) } ?? corpus.datasets.first
    self.dataset = dataset
    let names = dataset?.gazetteer.names.map {
      AreaName(name: $0.name, area: $0.area, confidence: $0.confidence == .city ? 0.5 : 1)
    } ?? []
    let extractor = ClaimExtractor(
      rules: book.rules, areaNames: names, nationalArea: dataset?.gazetteer.national?.name,
      calendar: dataset)
    checker = Checker(extractor: extractor, verifier: verify ? Verifier(corpus: corpus) : nil)
  }
}
