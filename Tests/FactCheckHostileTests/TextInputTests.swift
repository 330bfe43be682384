import Foundation
import Testing

/// Broken and unusual text files through the built binary: `check` exits 2 naming the file and
/// the byte offset; `audit` records a failure line for that document and carries on.
@Suite struct TextInputTests {
  let claim = "Essex had 1,596 registered sex offenders in 2019-20."

  @Test func invalidUTF8() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let path = try s.file("latin1.txt", Array("Essex had 1,596 offenders.\n".utf8) + [0xE9, 0x74, 0xE9])
    let r = try Binary.run(["check", path, "--published", "2020-11-05"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(path): error: invalid UTF-8 at byte offset 27"))
    let a = try Binary.run(["audit", path, "--published", "2020-11-05"])
    #expect(a.status == 0)
    let line = try jsonLines(a.stdout).first
    #expect(string(line, "error", "kind") == "invalid_utf8")
    #expect(int(line, "error", "offset") == 27)
    #expect(string(line, "path") == path)
  }

  @Test func nulBytes() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let path = try s.file("attachment.txt", Array("PK".utf8) + [0, 3, 4] + Array(claim.utf8))
    let r = try Binary.run(["check", path, "--published", "2020-11-05"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(path): error: binary file (NUL byte at byte offset 2)"))
    let a = try Binary.run(["audit", path, s.path + "/missing.txt"])
    let lines = try jsonLines(a.stdout)
    #expect(string(lines.first, "error", "kind") == "binary")
    #expect(string(lines.last, "error", "kind") == "not_found")
  }

  @Test func emptyFile() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let path = try s.file("empty.txt", "")
    let r = try Binary.run(["check", path, "--published", "2020-11-05", "--format", "json"])
    #expect(r.status == 0)
    let doc = (try json(r.stdout)["documents"] as? [Any])?.first
    #expect(count(doc, "claims") == 0)
    let a = try Binary.run(["audit", path])
    #expect(a.status == 0)
    #expect(count(try jsonLines(a.stdout).first, "claims") == 0)
  }

  /// BOM, CRLF and CR are text: the claim is found on the right line; ranges are byte offsets
  /// into the file as read (BOM included).
  @Test(arguments: [
    // The BOM is a scalar of the first line, so the column counts it (as the README says).
    ("bom.txt", "\u{FEFF}" + "Essex had 1,596 registered sex offenders in 2019-20.\r\n", 1, 12, 13),
    ("crlf.txt", "Intro.\r\nEssex had 1,596 registered sex offenders in 2019-20.\r\n", 2, 11, 18),
    ("cr.txt", "Intro.\rEssex had 1,596 registered sex offenders in 2019-20.\r", 2, 11, 17),
  ])
  func lineEnds(_ name: String, _ text: String, _ line: Int, _ column: Int, _ start: Int) throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let path = try s.file(name, text)
    let r = try Binary.run(["check", path, "--published", "2020-11-05", "--format", "json"])
    #expect(r.status == 0)
    let doc = (try json(r.stdout)["documents"] as? [Any])?.first
    let c = (value(doc, "claims") as? [Any])?.first
    #expect(string(c, "verdict") == "supported")
    #expect(int(c, "line") == line)
    #expect(int(c, "column") == column)
    #expect(int(c, "range", "start") == start)
  }

  /// A 1,000-digit number is not a statistic: no crash, and the JSON report stays whole.
  @Test func thousandDigitNumber() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let path = try s.file("digits.txt", "Essex had \(String(repeating: "9", count: 1000)) registered sex offenders in 2019-20.")
    for format in ["text", "json", "sarif", "github"] {
      let r = try Binary.run(["check", path, "--published", "2020-11-05", "--format", format])
      #expect(r.status == 0 || r.status == 1, "\(format): \(r.stderr)")
      if format == "json" { #expect(try json(r.stdout)["documents"] != nil) }
    }
  }

  /// "1,2,3,4,5,6" is badly grouped: six numbers, none a count of 123,456.
  @Test func malformedGrouping() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let path = try s.file("seq.txt", "The codes were 1,2,3,4,5,6 in Essex.")
    let r = try Binary.run(["numbers", path, "--format", "json"])
    #expect(r.status == 0)
    let values = (value(try json(r.stdout), "numbers") as? [Any])?.compactMap { int($0, "value") }
    #expect(values == [1, 2, 3, 4, 5, 6])
  }

  /// Paths with spaces and non-ASCII names are printed as given.
  @Test func oddPaths() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    try s.file("news desk/Écosse été 2020 – copy.txt", claim)
    let r = try Binary.run(["check", "news desk/Écosse été 2020 – copy.txt", "--published", "2020-11-05", "--show-supported"], in: s.url)
    #expect(r.status == 0)
    #expect(r.stdout.contains("news desk/Écosse été 2020 – copy.txt:1:11: note:"))
    let a = try Binary.run(["audit", "news desk"], in: s.url)
    #expect(string(try jsonLines(a.stdout).first, "path") == "news desk/Écosse été 2020 – copy.txt")
  }

  /// An absolute path inside the working directory is reported relative to it: reports never
  /// carry the user's home or folder names.
  @Test func absolutePathsReportedRelative() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let real = URL(fileURLWithPath: s.path).resolvingSymlinksInPath()
    let path = try s.file("desk/story.txt", claim)
    let absolute = real.appendingPathComponent("desk/story.txt").path
    #expect(FileManager.default.fileExists(atPath: absolute), "\(path)")
    for format in ["text", "json", "sarif", "github"] {
      let r = try Binary.run(["check", absolute, "--published", "2020-11-05", "--format", format, "--show-supported"], in: real)
      #expect(r.status == 0)
      #expect(r.stdout.contains("desk/story.txt"))
      #expect(!r.stdout.contains(real.path), "\(format): \(r.stdout)")
    }
    let a = try Binary.run(["audit", real.path + "/desk"], in: real)
    #expect(string(try jsonLines(a.stdout).first, "path") == "desk/story.txt")
  }

  /// Tests run as root, where chmod 000 blocks nothing: unreadable here means a file whose
  /// read fails (/proc/self/mem gives EIO to anyone) or a FIFO, which would block a reader.
  @Test func unreadable() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let r = try Binary.run(["check", "/proc/self/mem", "--published", "2020-11-05"])
    #expect(r.status == 2)
    #expect(r.stderr.hasPrefix("/proc/self/mem: error: cannot read"))
    try FileManager.default.createDirectory(atPath: s.path + "/archive", withIntermediateDirectories: true)
    #expect(mkfifo(s.path + "/archive/pipe.txt", 0o644) == 0)
    #expect(mkfifo(s.path + "/archive/pipe.jsonl", 0o644) == 0)
    try s.file("archive/story.txt", claim)
    let f = try Binary.run(["check", s.path + "/archive/pipe.txt", "--published", "2020-11-05"])
    #expect(f.status == 2)
    #expect(f.stderr.contains("pipe.txt: error: cannot read: not a regular file"))
    let a = try Binary.run(["audit", "archive", "--published", "2020-11-05"], in: s.url)
    #expect(a.status == 0)
    let lines = try jsonLines(a.stdout)
    #expect(lines.count == 3)
    for line in lines.prefix(2) {
      #expect(string(line, "error", "kind") == "unreadable")
      #expect(string(line, "error", "message")?.contains("not a regular file") == true)
    }
    #expect(string(lines.last, "path") == "archive/story.txt")
  }

  /// A symlink loop in an audited folder: every file once, and the run ends.
  @Test func symlinkLoops() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    try s.file("archive/a.txt", claim)
    try s.file("archive/sub/b.txt", claim)
    try FileManager.default.createSymbolicLink(atPath: s.path + "/archive/sub/up", withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: s.path + "/archive/self.txt", withDestinationPath: "self.txt")
    let a = try Binary.run(["audit", "archive", "--published", "2020-11-05"], in: s.url)
    #expect(a.status == 0)
    let paths = try jsonLines(a.stdout).map { string($0, "path") ?? "?" }
    #expect(paths == ["archive/a.txt", "archive/self.txt", "archive/sub/b.txt"])
    #expect(a.stdout.contains("Too many levels of symbolic links"))
  }

  /// A closed standard output (`| head`) ends the run with a message and status 2.
  @Test func closedPipe() throws {
    let exe = try #require(Binary.executable())
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    p.arguments = ["-c", "'\(exe.path)' audit Corpus/archive-sample | head -c 100 >/dev/null; echo \"status ${PIPESTATUS[0]}\""]
    p.currentDirectoryURL = Repo.root
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(stdout == "status 2\n")
    #expect(stderr.contains("standard output: error: cannot write the audit output: Broken pipe"))
  }

  /// A full disk ends the run with a message and status 2, never a trap.
  @Test func fullDisk() throws {
    let file = Repo.path("Corpus/samples/essex-2019-20.txt")
    let r = try Binary.run(["check", file, "--published", "2020-11-05"], stdout: "/dev/full")
    #expect(r.status == 2)
    #expect(r.stderr.contains("cannot write to standard output: No space left on device"))
    let a = try Binary.run(["audit", file], stdout: "/dev/full")
    #expect(a.status == 2)
    #expect(a.stderr.contains("standard output: error: cannot write the audit output: No space left on device"))
  }
}
