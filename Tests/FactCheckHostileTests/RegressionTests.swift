import FactCheckCore
import FactCheckData
import FactCheckReporters
import Foundation
import Testing

/// Every input a fuzzer (Scripts/fuzz.sh) crashed on, replayed through the same code path as
/// its harness: Regressions/TARGET/*, where TARGET is the harness name.
@Suite struct RegressionTests {
  static func inputs(_ target: String) -> [String] {
    let dir = Repo.regressions + "/" + target
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { dir + "/" + $0 }
  }

  static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

  @Test(arguments: inputs("text"))
  func text(_ path: String) throws {
    let document = try DocumentLoader.decode(Self.bytes(path), name: path)
    for e in NumberRecognizer().recognizeAll(in: document, segmenter: segmenter) {
      #expect(e.value.isFinite)
      _ = document.slice(e.range)
      _ = document.location(of: e.range.end)
    }
  }

  @Test(arguments: inputs("extract"))
  func extract(_ path: String) throws {
    let document = try DocumentLoader.decode(Self.bytes(path), name: path)
    let report = setup.checker.run(document, segmenter: segmenter,
                                   options: .init(published: CalendarDate(iso: "2020-11-05")!))
    _ = TextReporter(color: false, explain: true).render([report])
    let out = JSONReporter(tool: .init(name: "factcheck", version: "test"), datasets: []).render([report])
    #expect(try json(out)["documents"] != nil, "the JSON report must be a whole report, not '{}'")
  }

  @Test(arguments: inputs("html"))
  func html(_ path: String) {
    _ = ArchiveHTML.extract(Self.bytes(path))
  }

  @Test(arguments: inputs("jsonl"))
  func jsonl(_ path: String) {
    for item in ArchiveReader(source: ArchiveSource(paths: [path]), stdin: false) { _ = ArchiveArticle.read(item) }
  }
}
