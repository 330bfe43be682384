import FactCheckCore
import FactCheckData
import Foundation
import Testing

/// A temporary folder, removed when the value is released.
final class TemporaryFolder {
  let path: String

  init() throws {
    path = (NSTemporaryDirectory() as NSString)
      .appendingPathComponent("factcheck-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `bytes` to `name` inside the folder and returns the file's path.
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = (path as NSString).appendingPathComponent(name)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }
}

@Suite struct DocumentLoaderTests {
  static let text: [(String, [UInt8])] = [
    ("BOM", [0xEF, 0xBB, 0xBF] + Array("Essex had 1,596.".utf8)),
    ("CRLF", Array("Headline\r\n\r\nBody.\r\n".utf8)),
    ("CR", Array("Headline\r\rBody.\r".utf8)),
    ("NBSP and thin space", Array("1\u{00A0}596 and 62\u{2009}435".utf8)),
    ("curly quotes, dashes, minus", Array("“Up” – by −3 — ‘really’".utf8)),
    ("four-byte scalars", Array("🇺🇦 é".utf8)),
  ]

  @Test(arguments: text)
  func textIsReadByteForByte(_ label: String, _ bytes: [UInt8]) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("article.txt", bytes)
    let document = try DocumentLoader.load(path: path)
    #expect(document.utf8 == bytes, "\(label)")
    #expect(document.name == path)
  }

  /// Invalid UTF-8 and the offset of the first bad byte.
  static let invalid: [(String, [UInt8], Int)] = [
    ("lone continuation byte", Array("ab".utf8) + [0x80] + Array("c".utf8), 2),
    ("continuation after a complete scalar", Array("é".utf8) + [0xA9], 2),
    ("overlong two-byte slash", Array("a".utf8) + [0xC0, 0xAF], 1),
    ("overlong three-byte", Array("ab".utf8) + [0xE0, 0x80, 0xAF], 2),
    ("overlong four-byte", [0xF0, 0x80, 0x80, 0xAF], 0),
    ("UTF-16 surrogate", Array("x = ".utf8) + [0xED, 0xA0, 0x80], 4),
    ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], 0),
    ("invalid lead byte", Array("abc".utf8) + [0xFF], 3),
    ("truncated at the end", Array("rise of 7".utf8) + [0xE2, 0x82], 9),
    ("lead byte alone at the end", Array("ok".utf8) + [0xF0], 2),
    ("truncated before ASCII", Array("a".utf8) + [0xE2, 0x82] + Array("b".utf8), 1),
  ]

  @Test(arguments: invalid)
  func invalidUTF8GivesTheByteOffset(_ label: String, _ bytes: [UInt8], _ offset: Int) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("bad.txt", bytes)
    let error = #expect(throws: InputError.self, "\(label)") { try DocumentLoader.load(path: path) }
    #expect(error == InputError(path: path, reason: .invalidUTF8(offset: offset)))
    #expect(error?.description == "\(path): error: invalid UTF-8 at byte offset \(offset)")
  }

  /// ASCII is skipped eight bytes at a time: a bad byte is found at any offset, a NUL first.
  @Test func badBytesAreFoundAtEveryOffset() throws {
    for offset in 0..<20 {
      let text = Array(String(repeating: "a", count: offset).utf8)
      let tail = Array(" é and more text".utf8)
      #expect(throws: InputError(path: "x", reason: .invalidUTF8(offset: offset))) {
        try DocumentLoader.validate(text + [0xFF] + tail, name: "x")
      }
      #expect(throws: InputError(path: "x", reason: .binary(offset: offset + 1))) {
        try DocumentLoader.validate(text + [0xFF, 0x00] + tail, name: "x")
      }
      #expect(throws: Never.self) { try DocumentLoader.validate(text + tail + text, name: "x") }
    }
  }

  @Test func nulByteMeansBinary() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("image.png", Array("PNG".utf8) + [0x0D, 0x0A, 0x00, 0x01])
    #expect(throws: InputError(path: path, reason: .binary(offset: 5))) {
      try DocumentLoader.load(path: path)
    }
  }

  /// A document over the limit is refused with its size, not segmented into nothing (ICU's
  /// offsets are 32-bit); one at the limit is read.
  @Test func documentsOverTheLimitAreRefused() throws {
    let bytes = Array("Essex had 1,596.".utf8)
    #expect(throws: InputError(path: "big.txt", reason: .tooLarge(bytes: 16, limit: 15))) {
      try DocumentLoader.validate(bytes, name: "big.txt", limit: 15)
    }
    try DocumentLoader.validate(bytes, name: "big.txt", limit: 16)
    let error = InputError(path: "big.txt", reason: .tooLarge(bytes: 16, limit: 15))
    #expect(error.description == "big.txt: error: too large to check (16 bytes; the limit is 15 bytes)")
    #expect(DocumentLoader.maxBytes < Int(Int32.max))
  }

  @Test func emptyFileIsAnEmptyDocument() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("empty.txt", [])
    let document = try DocumentLoader.load(path: path)
    #expect(document.text.isEmpty)
    #expect(document.utf8.isEmpty)
  }

  @Test func missingFileIsNotFound() throws {
    let folder = try TemporaryFolder()
    let path = (folder.path as NSString).appendingPathComponent("no-such-article.txt")
    #expect(throws: InputError(path: path, reason: .notFound)) {
      try DocumentLoader.load(path: path)
    }
  }

  @Test func directoryIsRefused() throws {
    let folder = try TemporaryFolder()
    #expect(throws: InputError(path: folder.path, reason: .isDirectory)) {
      try DocumentLoader.load(path: folder.path)
    }
  }
}
