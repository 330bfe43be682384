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

  /// Where a measure is: the first dataset declaring it and the measure's index there, as
  /// `measure(_:)` finds them. Copying the dataset out retained and released its two dozen
  /// references, again for each check holding it (about 11 M instructions for 2,000 articles).
  func location(ofMeasure id: String) -> MeasureLocation? {
    for d in datasets.indices {
      if let m = datasets[d].measures.firstIndex(where: { $0.id == id }) {
        return MeasureLocation(dataset: d, measure: m)
      }
    }
    return nil
  }
}

/// A measure's place in a corpus: indices into `datasets` and that dataset's `measures`.
struct MeasureLocation {
  var dataset: Int
  var measure: Int
}
