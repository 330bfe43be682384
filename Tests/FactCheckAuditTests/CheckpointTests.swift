@testable import FactCheckData
import Foundation
import Testing

/// The checkpoint is written by hand; it must read back through `JSONDecoder` (as `load`
/// reads it) to the same value, and parse to what `JSONEncoder` writes for it.
@Suite struct CheckpointTests {
  static let strings = [
    "", "plain", "slash/and\\\\backslash", "quote \" inside", "tab\tnew\nline\r", "\u{0}\u{1}\u{1F}\u{7F}",
    "Zürich — “curly” 1,596 per 100,000", "emoji 🧮 and 中文", "paths=[\"/tmp/a b\", \"-\"]",
  ]

  static let checkpoints: [ArchiveCheckpoint] = [
    ArchiveCheckpoint(arguments: []),
    ArchiveCheckpoint(arguments: strings, documents: 12_345, outputBytes: UInt64.max,
                      totals: ["documents": 3, "claims": 0, "": -1],
                      contradicted: Dictionary(uniqueKeysWithValues: strings.enumerated().map { ($1, $0 * 1000) })),
    ArchiveCheckpoint(arguments: ["0.1.0"], documents: 1, outputBytes: 0, totals: ["Ä": 1, "a": 2, "B": 3]),
  ]

  @Test(arguments: checkpoints)
  func readsBackToTheSameValue(checkpoint: ArchiveCheckpoint) throws {
    let bytes = checkpoint.json
    #expect(try JSONDecoder().decode(ArchiveCheckpoint.self, from: Data(bytes)) == checkpoint)
    let encoded = try JSONEncoder().encode(checkpoint)
    let ours = try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary
    let theirs = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
    #expect(ours != nil && ours == theirs)
  }

  @Test func savedFileLoads() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("checkpoint-\(UUID())").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/out.jsonl.progress"
    for checkpoint in Self.checkpoints {
      try checkpoint.save(path)
      #expect(try ArchiveCheckpoint.load(path) == checkpoint)
    }
    #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
  }

  @Test func keysAndCountsInByteOrder() {
    let text = String(decoding: ArchiveCheckpoint(arguments: ["x"], totals: ["b": 2, "a": 1, "B": 3]).json, as: UTF8.self)
    #expect(text == #"{"arguments":["x"],"contradicted":{},"documents":0,"outputBytes":0,"totals":{"B":3,"a":1,"b":2},"version":1}"#)
  }
}
