/// Every dataset the verifier can cite.
public struct StatCorpus: Sendable, Hashable {
  public var datasets: [Dataset]

  public init(datasets: [Dataset]) { self.datasets = datasets }

  /// The dataset with this id.
  public func dataset(id: String) -> Dataset? { datasets.first { $0.id == id } }

  /// The first dataset declaring a measure with this id, and the measure.
  public func measure(_ id: String) -> (dataset: Dataset, measure: Measure)? {
    for dataset in datasets {
      if let m = dataset.measure(id: id) { return (dataset, m) }
    }
    return nil
  }
}
