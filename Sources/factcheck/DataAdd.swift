import ArgumentParser
import FactCheckData
import Foundation

struct DataAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Validate a CSV of new figures or revisions and append it to a dataset.",
    discussion: "The CSV has the columns of the dataset's figures.csv. Nothing is written when "
      + "any row (or the dataset with the rows added) has a problem; exit status 2 then.")

  @OptionGroup var corpus: CorpusOption
  @Argument(help: "CSV file with the new rows.") var file: String
  @Option(help: "Dataset id (its folder name in the corpus); optional with a single dataset.")
  var dataset: String?
  @Flag(name: .customLong("dry-run"), help: "Validate only; do not write.") var dryRun = false

  func run() throws {
    let root = try corpus.folder()
    let folder = try datasetFolder(root)
    do {
      let n = try DatasetAdder.add(figures: file, to: folder, dryRun: dryRun)
      print(dryRun ? "\(n) row(s) valid; nothing written (--dry-run)" : "added \(n) row(s) to \(folder)/\(DatasetLoader.figuresFile)")
    } catch {
      DataOutput.printErrors(error)
      throw ExitCode(2)
    }
  }

  private func datasetFolder(_ root: String) throws -> String {
    if let dataset { return (root as NSString).appendingPathComponent(dataset) }
    let folders = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter {
      FileManager.default.fileExists(
        atPath: ((root as NSString).appendingPathComponent($0) as NSString)
          .appendingPathComponent(DatasetLoader.metadataFile))
    }
    guard folders.count == 1 else { throw ValidationError("several datasets; pass --dataset ID") }
    return (root as NSString).appendingPathComponent(folders[0])
  }
}
