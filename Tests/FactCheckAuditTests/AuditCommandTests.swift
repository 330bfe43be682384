import Foundation
import Testing

@Suite(.serialized) struct AuditCommandTests {
  static let sample = "Corpus/archive-sample"

  @Test func outputIsInInputOrderWhateverTheJobs() throws {
    let one = try AuditRun.run([Self.sample, "--jobs", "1"])
    let four = try AuditRun.run([Self.sample, "--jobs", "4"])
    #expect(one.status == 0)
    #expect(one.stdout == four.stdout)
    let paths = one.lines.compactMap { $0["path"] as? String }
    #expect(paths.count == 304)
    let files = paths.map { $0.split(separator: ":")[0] }
    #expect(files == files.sorted())
  }

  @Test func unorderedGivesTheSameLinesInSomeOrder() throws {
    let ordered = try AuditRun.run([Self.sample])
    let unordered = try AuditRun.run([Self.sample, "--unordered", "--jobs", "3"])
    let a = String(decoding: ordered.stdout, as: UTF8.self).split(separator: "\n").sorted()
    let b = String(decoding: unordered.stdout, as: UTF8.self).split(separator: "\n").sorted()
    #expect(a == b)
  }

  /// The sample archive's planted errors are the only contradicted claims; broken entries are
  /// failure lines; stories about areas and years without figures are unverifiable.
  @Test func sampleArchiveFindsThePlantedErrorsAndNothingElse() throws {
    let run = try AuditRun.run([Self.sample, "--summary", "--fail-on", "contradicted"])
    #expect(run.status == 1)
    let expected = try Self.expected()
    let prefix = Self.sample + "/"
    var contradicted: Set<[String]> = []
    var failures: Set<[String]> = []
    var unverifiable: Set<String> = []
    for line in run.lines {
      let path = String((line["path"] as? String ?? "").dropFirst(prefix.count))
      if let error = line["error"] as? [String: Any] {
        failures.insert([path, error["kind"] as? String ?? ""])
        continue
      }
      for claim in line["claims"] as? [[String: Any]] ?? [] {
        let text = claim["text"] as? String ?? ""
        switch claim["verdict"] as? String {
        case "contradicted": contradicted.insert([path, text])
        case "unverifiable": unverifiable.insert(path)
        default: break
        }
      }
    }
    let planted = expected.planted.map { [$0.path, $0.text] }
    for p in planted {
      #expect(contradicted.contains { $0[0] == p[0] && ($0[1] == p[1] || $0[1].hasPrefix(p[1] + " ")) },
              "planted error not found: \(p)")
    }
    for c in contradicted {
      #expect(planted.contains { c[0] == $0[0] && (c[1] == $0[1] || c[1].hasPrefix($0[1] + " ")) },
              "contradicted but not planted: \(c)")
    }
    #expect(failures == Set(expected.failures.map { [$0.path, $0.kind] }))
    for u in expected.unverifiable { #expect(unverifiable.contains(u.path), "no unverifiable claim: \(u.path)") }
    #expect(run.stderr.contains("audit: 304 documents, 2 failed"))
  }

  @Test func stdinReadsJSONLinesAndABadLineIsNotFatal() throws {
    let input = """
      {"id": "a", "url": "https://x/a", "published": "2020-11-05", "text": "Ministry of Justice data shows 1,569 registered sex offenders were being supervised in the community in Essex on 31 March this year."}
      not json
      {"id": "c", "published": "2020-11-05", "text": "Nothing to check."}

      """
    let run = try AuditRun.run(["--stdin", "--summary"], input: input)
    #expect(run.status == 0)
    let lines = run.lines
    #expect(lines.map { $0["path"] as? String } == ["-:1", "-:2", "-:3"])
    #expect(lines[0]["id"] as? String == "a")
    #expect(lines[0]["url"] as? String == "https://x/a")
    #expect((lines[1]["error"] as? [String: Any])?["kind"] as? String == "malformed_json")
    #expect(run.stderr.contains("audit: 3 documents, 1 failed; 1 claims: 0 supported, 1 contradicted"))
  }

  /// Articles streamed on standard input come out as they are checked: the first line is
  /// written while the input is still open (`tail -f feed.jsonl | factcheck audit -`), not
  /// held for a batch or a full buffer.
  @Test func stdinStreamsEachLineOut() throws {
    let p = Process()
    p.executableURL = AuditRun.binary
    p.arguments = ["audit", "-", "--published", "2020-11-05"]
    p.currentDirectoryURL = AuditRun.root
    let (input, output) = (Pipe(), Pipe())
    p.standardInput = input
    p.standardOutput = output
    p.standardError = FileHandle.nullDevice
    try p.run()
    let line = #"{"id": "a", "text": "There were 1,596 registered sex offenders in Essex."}"# + "\n"
    input.fileHandleForWriting.write(Data(line.utf8))
    let firstLine = DispatchSemaphore(value: 0)
    let received = Received()
    Thread.detachNewThread {
      var data = Data()
      while !data.contains(0x0A) {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        data.append(chunk)
      }
      received.data = data
      firstLine.signal()
    }
    // A liveness bound, not a timing: the line must come while standard input is still open.
    let came = firstLine.wait(timeout: .now() + 30) == .success
    try input.fileHandleForWriting.close()
    p.waitUntilExit()
    #expect(came, "no line out before the input closed")
    #expect(String(decoding: received.data, as: UTF8.self).contains(#""id":"a""#))
    #expect(p.terminationStatus == 0)
  }

  final class Received: @unchecked Sendable { var data = Data() }

  /// A run stopped after its checkpoint, with half a line written beyond it, resumes to the
  /// same bytes as an uninterrupted run. (Scripts/audit_kill_test.sh kills real runs.)
  @Test func resumeCutsTheHalfWrittenTailAndFinishes() throws {
    let dir = try AuditRun.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let whole = dir.appendingPathComponent("whole.jsonl").path
    let part = dir.appendingPathComponent("part.jsonl").path
    #expect(try AuditRun.run([Self.sample, "-o", whole]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: whole + ".progress"))
    let full = try Data(contentsOf: URL(fileURLWithPath: whole))
    // Stop "after" 100 documents: keep 100 lines, then a torn 101st, and a checkpoint for 100.
    let ends = full.enumerated().filter { $0.element == 0x0A }.map { $0.offset + 1 }
    var torn = full.prefix(ends[99])
    torn.append(full[ends[99]..<(ends[99] + 40)])
    try torn.write(to: URL(fileURLWithPath: part))
    let first = try AuditRun.run([Self.sample, "-o", part, "--resume"])
    #expect(first.status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: part)) == full, "no checkpoint: starts fresh")
    try torn.write(to: URL(fileURLWithPath: part))
    let args = ["paths=[\"\(Self.sample)\"]", "stdin=false", "include=[]", "exclude=[]", "published=",
                "area=", "explain=false", "corpus=", "rules="]
    let checkpoint: [String: Any] = ["version": 1, "arguments": ["0.1.0"] + args, "documents": 100,
                                     "outputBytes": ends[99], "totals": ["documents": 100], "contradicted": [:]]
    try JSONSerialization.data(withJSONObject: checkpoint).write(to: URL(fileURLWithPath: part + ".progress"))
    let resumed = try AuditRun.run([Self.sample, "-o", part, "--resume", "--summary"])
    #expect(resumed.status == 0)
    #expect(resumed.stderr.contains("resumed after 100 documents"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: part)) == full)
  }

  @Test func resumeRefusesAnotherAuditsCheckpoint() throws {
    let dir = try AuditRun.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("o.jsonl").path
    try Data("{\"version\":1,\"arguments\":[\"other\"],\"documents\":1,\"outputBytes\":0,\"totals\":{},\"contradicted\":{}}".utf8)
      .write(to: URL(fileURLWithPath: out + ".progress"))
    let run = try AuditRun.run([Self.sample, "-o", out, "--resume"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("other arguments"))
  }

  struct Expected: Decodable {
    struct Planted: Decodable { var path: String; var text: String }
    struct Failure: Decodable { var path: String; var kind: String }
    struct Unverifiable: Decodable { var path: String }
    var planted: [Planted]
    var failures: [Failure]
    var unverifiable: [Unverifiable]
  }

  static func expected() throws -> Expected {
    let url = AuditRun.root.appendingPathComponent(sample + "/expected-verdicts.json")
    return try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
  }
}
