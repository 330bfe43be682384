import FactCheckCore
import Foundation
import Testing

/// Size: time stays linear in the input (output included), excerpts stay short.
@Suite struct HugeInputTests {
  /// A 100 MB file with no newline, its one claim at the very end, through the binary; timed
  /// only as a ratio to a 10 MB one (linear: about 10).
  @Test func hundredMegabytesWithoutNewline() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let word = Array((String(repeating: "abcdefghij", count: 9) + " ").utf8)
    let tail = Array(" Essex had 1,596 registered sex offenders in 2019-20.".utf8)
    func make(_ name: String, _ size: Int) throws -> String {
      var bytes = [UInt8]()
      bytes.reserveCapacity(size)
      while bytes.count + word.count <= size - tail.count { bytes += word }
      bytes += [UInt8](repeating: 0x78, count: size - tail.count - bytes.count) + tail
      return try s.file(name, bytes)
    }
    var results: [Binary.Result] = []
    for (name, size) in [("ten.txt", 10_000_000), ("hundred.txt", 100_000_000)] {
      let path = try make(name, size)
      let r = try Binary.run(["check", path, "--published", "2020-11-05", "--show-supported"])
      #expect(r.status == 0, "\(r.stderr)")
      // The column is the claim's own, and the excerpt is bounded however long the line.
      #expect(r.stdout.contains("\(name):1:\(size - tail.count + 12): note: matches the official 1,596"))
      #expect(r.stdout.utf8.count < 2_000)
      try FileManager.default.removeItem(atPath: path)
      results.append(r)
    }
    let ratio = results[1].seconds / max(results[0].seconds, 0.01)
    #expect(ratio < 20, "10 MB: \(results[0].seconds) s, 100 MB: \(results[1].seconds) s")
  }

  /// One paragraph of 10,000 sentences (1,000 claims): about ten times a 1,000-sentence one.
  /// Columns used to be counted from the line start for every number: quadratic (85 s).
  @Test func tenThousandSentenceParagraph() {
    let a = "The council met on Tuesday and the report was read by 12 people. "
    let b = "Essex had 1,596 registered sex offenders in 2019-20. "
    func paragraph(_ n: Int) -> String { (0..<n).map { $0 % 10 == 0 ? b : a }.joined() }
    var times: [Double] = []
    for n in [1_000, 10_000] {
      let text = paragraph(n)
      // This thread's CPU time, not wall time: a ratio of wall times tripped (27×) while other
      // processes held the cores.
      var t0 = timespec(), t1 = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0)
      let report = checkText(text)
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1)
      times.append(Double(t1.tv_sec - t0.tv_sec) + Double(t1.tv_nsec - t0.tv_nsec) / 1e9)
      #expect(report.checked?.count == n / 10)
      #expect(report.checked?.allSatisfy { $0.verdict == .supported } == true)
      let last = report.document.location(of: report.checked!.last!.claim.range.start)
      // The last claim opens the tenth sentence from the end; the text is ASCII.
      let lastStart = text.utf8.count - 9 * a.utf8.count - b.utf8.count
      #expect(last == SourceLocation(line: 1, column: lastStart + 11))
    }
    #expect(times[1] / max(times[0], 0.01) < 25, "\(times)")
  }

  /// Columns from the block index equal a plain count, across block boundaries and multibyte
  /// scalars, for LF, CR LF and CR.
  @Test func columnsMatchPlainCount() {
    var text = ""
    for i in 0..<3_000 { text += i % 7 == 0 ? "é€😀 \(i)" : "word \(i)"; text += ["\n", "\r\n", "\r", " "][i % 4] }
    let index = LineIndex(text)
    let bytes = Array(text.utf8)
    var line = 1, column = 1
    var i = 0
    while i <= bytes.count {
      if i == bytes.count || bytes[i] & 0xC0 != 0x80 {
        #expect(index.location(of: i) == SourceLocation(line: line, column: column))
      }
      guard i < bytes.count else { break }
      if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
        line += 1; column = 1
      } else if bytes[i] & 0xC0 != 0x80 && bytes[i] != 0x0D {
        column += 1
      } else if bytes[i] == 0x0D {
        column += 1
      }
      i += 1
    }
  }
}
