import ArgumentParser
import FactCheckCore
import FactCheckData
import FactCheckICU
import Foundation

struct NumbersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "numbers", abstract: "List every numeric expression in a file.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Argument(help: "The article to read, or - for standard input.")
  var file: String

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  func run() throws {
    let document: Document
    do {
      document = try DocumentLoader.load(path: file)
    } catch {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode(2)
    }
    let segmenter = try ICUSegmenter()
    let found = NumberRecognizer().recognizeAll(in: document, segmenter: segmenter)
    switch format {
    case .text: print(NumbersListing.text(found, in: document), terminator: "")
    case .json: print(try NumbersListing.json(found, in: document))
    }
  }
}

/// Renders the `numbers` listing.
enum NumbersListing {
  struct Item: Encodable {
    struct Range: Encodable { var start, end: Int }
    var text: String
    var range: Range
    var line, column: Int
    var value: Double
    var min, max: Double?
    var form: String
    var hedge: String?
    var base: Double?
    var unit: String?
    var resolution: Double
    var spelled: Bool
  }

  struct Listing: Encodable { var numbers: [Item] }

  static func text(_ found: [NumericExpression], in doc: Document) -> String {
    found.map { e in
      let loc = doc.location(of: e.range.start)
      var line = "\(loc.line):\(loc.column)  \"\(doc.slice(e.range))\"  \(format(e.value))"
      line += "  \(e.form.rawValue)"
      if let h = e.hedge { line += "  \(h.rawValue)" }
      return line + "\n"
    }.joined()
  }

  static func json(_ found: [NumericExpression], in doc: Document) throws -> String {
    let items = found.map { e in
      let loc = doc.location(of: e.range.start)
      return Item(
        text: doc.slice(e.range), range: .init(start: e.range.start, end: e.range.end),
        line: loc.line, column: loc.column, value: e.value, min: e.min, max: e.max,
        form: e.form.rawValue, hedge: e.hedge?.rawValue, base: e.base, unit: e.unit,
        resolution: e.resolution, spelled: e.spelled)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(Listing(numbers: items)), as: UTF8.self)
  }

  private static func format(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
  }
}
