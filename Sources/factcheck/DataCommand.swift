import ArgumentParser
import FactCheckCore
import FactCheckData
import Foundation

struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data", abstract: "Inspect, validate and extend the statistics datasets.",
    discussion: "Exit status: 0 success, 1 no figure for the cell asked, 2 data errors, 64 usage.",
    subcommands: [DataList.self, DataShow.self, DataValidate.self, DataAdd.self])
}

enum DataFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct CorpusOption: ParsableArguments {
  @Option(name: .long, help: "The corpus folder (default: the bundled Corpus/).")
  var corpus: String?

  func folder() throws -> String {
    if let corpus { return corpus }
    guard let found = ResourceLocator.bundled("Corpus") else {
      throw ValidationError("cannot find the bundled Corpus/; pass --corpus DIR")
    }
    return found
  }

  /// Loads the corpus, printing every data error and exiting 2 when it is not clean.
  func load() throws -> StatCorpus {
    do {
      return try DatasetLoader.loadCorpus(try folder())
    } catch let error as DataError {
      DataOutput.printErrors(error)
      throw ExitCode(2)
    }
  }
}

enum DataOutput {
  static func printErrors(_ error: DataError) {
    var stderr = FileHandle.standardError
    for d in error.diagnostics { print(d, to: &stderr) }
    print("\(error.diagnostics.count) error(s)", to: &stderr)
  }

  static func json<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(value)) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}

extension FileHandle: @retroactive TextOutputStream {
  public func write(_ string: String) { write(Data(string.utf8)) }
}
