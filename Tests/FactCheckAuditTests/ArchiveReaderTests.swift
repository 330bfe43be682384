@testable import FactCheckData
import Foundation
import Testing

@Suite struct ArchiveReaderTests {
  let dir: String

  init() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID())").path
    try FileManager.default.createDirectory(atPath: dir + "/b/c", withIntermediateDirectories: true)
  }

  func write(_ name: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
  }

  func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

  @Test func directoriesAreWalkedInSortedOrderSkippingUnknownAndHidden() throws {
    for name in ["z.txt", "a.md", "b/c/page.html", "b/notes.pdf", ".hidden.txt", "b/feed.jsonl"] {
      try write(name, "x")
    }
    let paths = ArchiveSource(paths: [dir]).map { String($0.path.dropFirst(dir.count + 1)) }
    #expect(paths == ["a.md", "b/c/page.html", "b/feed.jsonl", "z.txt"])
  }

  @Test func includeAndExcludeGlobs() throws {
    for name in ["a.md", "b/c/page.html", "z.txt"] { try write(name, "x") }
    let html = ArchiveSource(paths: [dir], include: ["*.html"]).map(\.format)
    #expect(html == [.html])
    let noC = ArchiveSource(paths: [dir], exclude: ["*/c/*"]).map { ($0.path as NSString).lastPathComponent }
    #expect(noC == ["a.md", "z.txt"])
  }

  @Test func aBadJSONLineIsRecordedAndReadingGoesOn() throws {
    try write("feed.jsonl", "{\"id\": \"1\", \"text\": \"Essex had 1,596.\"}\n{broken\n\n{\"id\": 3, \"html\": \"<p>x</p>\"}\n{\"id\": \"4\"}")
    let items = Array(ArchiveReader(source: ArchiveSource(paths: [dir + "/feed.jsonl"]), stdin: false))
    #expect(items.map(\.name) == ["1", "2", "4", "5"].map { dir + "/feed.jsonl:" + $0 })
    #expect(items.map(\.index) == [0, 1, 2, 3])
    let read = items.map(ArchiveArticle.read)
    #expect((try? read[0].get().id) == "1")
    #expect(read[1].failureKind == .malformedJSON)
    #expect((try? read[2].get().id) == "3")
    #expect(read[3].failureKind == .noText)
  }

  @Test func aBrokenFileInADirectoryIsOneFailureAmongArticles() throws {
    try write("a.txt", "Fine.")
    try write("b.txt", [0x41, 0xC3, 0x28])
    try write("c.txt", "Also fine.")
    let read = ArchiveReader(source: ArchiveSource(paths: [dir]), stdin: false).map(ArchiveArticle.read)
    #expect(read.map(\.failureKind) == [nil, .invalidUTF8, nil])
  }

  @Test func missingPathIsAFailureItem() {
    let items = Array(ArchiveReader(source: ArchiveSource(paths: [dir + "/nope.txt"]), stdin: false))
    #expect(items.count == 1)
    #expect(ArchiveArticle.read(items[0]).failureKind == .notFound)
  }

  @Test func resumeSkipsWithoutReading() throws {
    for name in ["a.txt", "b.txt", "c.txt"] { try write(name, name) }
    let items = Array(ArchiveReader(source: ArchiveSource(paths: [dir]), stdin: false, skip: 2))
    #expect(items.map { (try? $0.bytes.get().count) ?? -1 } == [0, 0, 5])
  }

  /// The audit leaves files unread for its threads to read outside the reader's lock: loaded,
  /// each item is the one an eager reader gives, for good files, broken and empty ones, a path
  /// that does not exist, and lines of a feed (which are never deferred).
  @Test func deferredReadsLoadTheItemsAnEagerReaderGives() throws {
    try write("a.txt", "Essex had 1,596.")
    try write("b.txt", [0x41, 0xC3, 0x28])
    try write("c.md", "")
    try write("d.jsonl", "{\"id\": \"1\", \"text\": \"x\"}\n{\"id\": \"2\", \"text\": \"y\"}\n")
    let paths = [dir, dir + "/gone.txt"]
    let eager = Array(ArchiveReader(source: ArchiveSource(paths: paths), stdin: false))
    var deferring = ArchiveReader(source: ArchiveSource(paths: paths), stdin: false)
    deferring.defersFileReads = true
    var deferred = Array(deferring)
    #expect(deferred.map(\.name) == eager.map(\.name))
    #expect(deferred.map(\.index) == eager.map(\.index))
    #expect(deferred.filter { $0.unread != nil }.map(\.name) == ["a.txt", "b.txt", "c.md", "gone.txt"].map { dir + "/" + $0 })
    #expect(deferred.allSatisfy { $0.unread == nil || (try? $0.bytes.get()) == [] })
    for k in deferred.indices { deferred[k].load() }
    #expect(deferred.allSatisfy { $0.unread == nil })
    #expect(deferred.map(\.bytes) == eager.map(\.bytes))
    #expect(eager.map { try? $0.bytes.get().count } == [16, 3, 0, 24, 24, nil])
  }

  /// The audit opens a batch's files ahead (`openAhead`) before it reads them: loaded so,
  /// each item is the one `load()` gives (good, broken, empty, missing files, a FIFO), every
  /// file opened ahead is closed, and an ahead given to an item already read is closed too.
  @Test func filesOpenedAheadLoadAsTheyOtherwiseWouldAndAreClosed() throws {
    try write("a.txt", "Essex had 1,596.")
    try write("b.txt", [0x41, 0xC3, 0x28])
    try write("c.md", "")
    #expect(mkfifo(dir + "/p.txt", 0o600) == 0)
    let paths = [dir, dir + "/gone.txt"]
    func deferredItems() -> [ArchiveItem] {
      var reader = ArchiveReader(source: ArchiveSource(paths: paths), stdin: false)
      reader.defersFileReads = true
      return Array(reader)
    }
    var plain = deferredItems()
    for k in plain.indices { plain[k].load() }
    var ahead = deferredItems()
    let opened = ahead.map { $0.unread.map(ArchiveReader.openAhead) }
    #expect(opened.compactMap { $0 }.filter { $0.fd >= 0 }.count == ahead.count - 1)
    let files = opened.map { $0.flatMap(identity) }
    for k in ahead.indices { ahead[k].load(opened[k]!) }
    #expect(ahead.allSatisfy { $0.unread == nil })
    #expect(ahead.map(\.bytes) == plain.map(\.bytes))
    #expect(ahead.map { try? $0.bytes.get().count } == [16, 3, 0, nil, nil])
    var done = ahead[0]
    let late = ArchiveReader.openAhead(dir + "/a.txt")
    let lateFile = identity(late)
    done.load(late)
    // Closed: the descriptor no longer names the file (another test may have reused it).
    for file in files.compactMap({ $0 }) + [lateFile].compactMap({ $0 }) {
      let now = identity(ArchiveReader.OpenedAhead(fd: file.fd))
      #expect(now == nil || now!.device != file.device || now!.inode != file.inode)
    }
  }

  /// The descriptor and the file (device and inode) it has open, if it is open.
  private func identity(_ ahead: ArchiveReader.OpenedAhead) -> (fd: Int32, device: UInt64, inode: UInt64)? {
    var st = stat()
    guard ahead.fd >= 0, fstat(ahead.fd, &st) == 0 else { return nil }
    return (ahead.fd, UInt64(st.st_dev), UInt64(st.st_ino))
  }

  /// A file is read to the size the system gives, in one go, and a file whose size it does not
  /// know (size 0, as under /proc) to its end.
  @Test func filesAreReadWholeWhateverSizeTheSystemGives() throws {
    for size in [1, 4095, 4096, 4097, 300_000] {
      let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 251 + 1) }
      try write("f\(size).txt", bytes)
      #expect((try? ArchiveReader.read(dir + "/f\(size).txt").get()) == bytes)
    }
    #if os(Linux)
    var st = stat()
    #expect(stat("/proc/self/status", &st) == 0 && st.st_size == 0)
    let status = try ArchiveReader.read("/proc/self/status").get()
    #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
    #expect(status.last == 0x0A)
    #endif
  }

  /// On resume, the items before the resume point are neither read nor left to read.
  @Test func deferredReadsSkipWhatWasAudited() throws {
    for name in ["a.txt", "b.txt", "c.txt"] { try write(name, name) }
    var reader = ArchiveReader(source: ArchiveSource(paths: [dir]), stdin: false, skip: 2)
    reader.defersFileReads = true
    let items = Array(reader)
    #expect(items.map { $0.unread != nil } == [false, false, true])
  }

  @Test func frontMatterAndFileNameDates() throws {
    try write("2020-11-05-essex.txt", "Essex.")
    try write("story.md", "---\ndate: 2021-11-02\narea: Essex\nid: s1\nurl: https://x/s1\n---\nBody\n")
    let read = ArchiveReader(source: ArchiveSource(paths: [dir]), stdin: false).compactMap { try? ArchiveArticle.read($0).get() }
    #expect(read.map(\.published) == ["2020-11-05", "2021-11-02"])
    #expect(read[1].id == "s1")
    #expect(read[1].area == "Essex")
    #expect(read[1].document.text.hasSuffix("Body\n"))
  }

  /// Lines of many lengths, some longer than a read, some ending on a read's edge, with CRLF,
  /// blank and space-only lines and non-ASCII text: read back exactly as split here.
  @Test func lineReaderSplitsAcrossReads() throws {
    let chunk = LineReader.chunkSize
    var lines: [[UInt8]] = []
    var state: UInt64 = 7
    for i in 0..<24 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let length = [0, 1, 17, 4000, chunk - 1, chunk, chunk + 3, Int(state >> 45)][i % 8]
      lines.append((0..<length).map { j in Array("aé€ x\"{}".utf8)[(j + i) % 11] })
    }
    lines[5] = Array("   ".utf8)
    lines[9] = Array("\t \r".utf8)
    var file: [UInt8] = []
    for (i, line) in lines.enumerated() {
      file += line
      file += i % 3 == 0 ? [0x0D, 0x0A] : [0x0A]
    }
    file += Array("last, no line end".utf8)
    try write("feed.jsonl", file)
    let fd = open(dir + "/feed.jsonl", O_RDONLY)
    let reader = LineReader(fd: fd, name: "feed.jsonl", owned: true)
    var read: [(Int, [UInt8])] = []
    while let next = reader.next() { read.append(next) }
    var expected: [(Int, [UInt8])] = []
    for (i, line) in lines.enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      expected.append((i + 1, line))
    }
    expected.append((lines.count + 1, Array("last, no line end".utf8)))
    #expect(reader.error == nil)
    #expect(read.map(\.0) == expected.map(\.0))
    #expect(read.map(\.1) == expected.map(\.1))
  }
}

extension Result where Success == ArchiveArticle, Failure == ArchiveFailure {
  var failureKind: ArchiveFailure.Kind? {
    if case .failure(let f) = self { return f.kind }
    return nil
  }
}
