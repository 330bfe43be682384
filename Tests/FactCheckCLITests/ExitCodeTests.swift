import Foundation
import Testing

/// The exit-status contract and the JSON shape, through the built binary.
@Suite struct ExitCodeTests {
  let correct = "Corpus/samples/essex-2019-20.txt"
  let errors = "Corpus/samples/essex-2019-20-errors.txt"

  @Test func correctSampleExitsZero() throws {
    let r = try BinaryRunner.run(["check", correct, "--published", "2020-11-05"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(r.stdout.contains(" 0 contradicted, "))
  }

  @Test func errorsSampleExitsOne() throws {
    let r = try BinaryRunner.run(["check", errors, "--published", "2020-11-05"])
    #expect(r.status == 1)
    #expect(r.stdout.contains("\(errors):3:32: error: '1,569' should be 1,596"))
  }

  @Test func invalidUTF8ExitsTwoNamingFileAndOffset() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).txt")
    try Data([0x41, 0x42, 0x43, 0xFF, 0x44]).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let r = try BinaryRunner.run(["check", file.path, "--published", "2020-11-05"])
    #expect(r.status == 2)
    #expect(r.stderr.contains(file.path) && r.stderr.contains("byte offset 3"), "stderr: \(r.stderr)")
  }

  @Test func missingFileExitsTwo() throws {
    let r = try BinaryRunner.run(["check", "no/such/article.txt"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("no/such/article.txt"))
  }

  @Test func badDateIsAUsageError() throws {
    let r = try BinaryRunner.run(["check", correct, "--published", "notadate"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("notadate"))
  }

  @Test func standardInput() throws {
    let text = try String(contentsOf: BinaryRunner.root.appendingPathComponent(errors), encoding: .utf8)
    let r = try BinaryRunner.run(["check", "-", "--published", "2020-11-05"], input: text)
    #expect(r.status == 1)
    #expect(r.stdout.contains("-:3:32: error: "))
  }

  @Test func versionNamesDatasets() throws {
    let r = try BinaryRunner.run(["--version"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("factcheck ") && r.stdout.contains("(datasets: mappa "))
  }

  @Test func versionWithoutCorpus() throws {
    let copy = try BinaryRunner.isolatedCopy()
    defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
    let r = try BinaryRunner.run(["--version"], executable: copy, directory: copy.deletingLastPathComponent())
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("factcheck ") && !r.stdout.contains("datasets"))
  }

  @Test func jsonShape() throws {
    let r = try BinaryRunner.run(["check", errors, "--published", "2020-11-05", "--format", "json"])
    #expect(r.status == 1)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(root["schemaVersion"] as? Int == 1)
    let docs = try #require(root["documents"] as? [[String: Any]])
    let claims = try #require(docs.first?["claims"] as? [[String: Any]])
    #expect(!claims.isEmpty)
    let bytes = Array(try Data(contentsOf: BinaryRunner.root.appendingPathComponent(errors)))
    for claim in claims {
      let range = try #require(claim["range"] as? [String: Int])
      let (start, end) = (try #require(range["start"]), try #require(range["end"]))
      #expect(start < end && end <= bytes.count)
      #expect(String(decoding: bytes[start..<end], as: UTF8.self) == claim["text"] as? String)
    }
  }
}
