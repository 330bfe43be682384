import ArgumentParser
import FactCheckData
import Foundation

struct DataValidate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Load a corpus (or one dataset folder) and report every problem.")

  @Argument(help: "A corpus folder or a dataset folder (default: the bundled Corpus/).")
  var directory: String?

  func run() throws {
    guard let dir = directory ?? ResourceLocator.bundled("Corpus") else {
      throw ValidationError("cannot find the bundled Corpus/; pass DIR")
    }
    let single = FileManager.default.fileExists(
      atPath: (dir as NSString).appendingPathComponent(DatasetLoader.metadataFile))
    do {
      let datasets = single ? [try DatasetLoader.load(dir)] : try DatasetLoader.loadCorpus(dir).datasets
      for d in datasets {
        print("\(d.id): \(d.rows.count) figures, \(d.measures.count) measures, "
          + "\(d.gazetteer.areas.count) areas: ok")
      }
    } catch {
      DataOutput.printErrors(error)
      throw ExitCode(2)
    }
  }
}
