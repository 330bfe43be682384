import FactCheckCore
import Foundation

/// One line of `factcheck audit` output (JSON Lines): the `check` document object plus the
/// article's `id`, `url` and `title`, or, for an article that could not be read, its `path`
/// and an `error`. Keys sorted, no spaces, no line breaks.
public enum AuditLineV1 {
  /// The line for a checked document, newline included.
  public static func document(_ report: DocumentReport, id: String?, url: String?, title: String?,
                              reporter: JSONReporter) -> [UInt8] {
    var writer = AuditLineWriter(capacity: lineCapacity(report))
    writer.document(report, id: id, url: url, title: title, explain: reporter.explain)
    writer.append(0x0A)
    return writer.bytes
  }

  /// Room for most lines of the report at once: a claim takes up to about a kilobyte (with
  /// its evidence), a number set aside or not understood about 200 bytes. Started at 4 KB, the
  /// writer grew some 270 times for 2,000 lines, copying all written so far each time. Kept
  /// under 128 KB, where `malloc` would map fresh pages; a longer line grows as before.
  static func lineCapacity(_ report: DocumentReport) -> Int {
    let claims = report.extracted.claims.count
    let numbers = report.extracted.ignored.count + report.extracted.unparsed.count
    return min(1024 + claims * 1024 + numbers * 224, 120 * 1024)
  }

  /// The line for an article that could not be read, newline included.
  public static func failure(path: String, id: String?, url: String?, kind: String, message: String,
                             offset: Int?) -> [UInt8] {
    var writer = AuditLineWriter(capacity: 256)
    writer.failure(path: path, id: id, url: url, kind: kind, message: message, offset: offset)
    writer.append(0x0A)
    return writer.bytes
  }

  /// The same lines through Foundation's `JSONEncoder`: the reference the writer is tested
  /// against, byte for byte.
  static func foundationDocument(_ report: DocumentReport, id: String?, url: String?, title: String?,
                                 reporter: JSONReporter) -> [UInt8] {
    // The archive's address is the article's, as the line writer takes it for evidence
    // from the article itself.
    var report = report
    if let url { report.url = url }
    return encode(Checked(document: reporter.document(report), id: id, url: url, title: title))
  }

  static func foundationFailure(path: String, id: String?, url: String?, kind: String,
                                message: String, offset: Int?) -> [UInt8] {
    encode(Failed(path: path, id: id, url: url, error: .init(kind: kind, message: message, offset: offset)))
  }

  static func encode(_ value: some Encodable) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var bytes = (try? [UInt8](encoder.encode(value))) ?? Array("{}".utf8)
    bytes.append(0x0A)
    return bytes
  }

  struct Checked: Encodable {
    var document: ReportV1.DocumentV1
    var id: String?
    var url: String?
    var title: String?

    enum Keys: String, CodingKey { case id, url, title }

    func encode(to encoder: Encoder) throws {
      try document.encode(to: encoder)
      var c = encoder.container(keyedBy: Keys.self)
      try c.encodeIfPresent(id, forKey: .id)
      try c.encodeIfPresent(url, forKey: .url)
      try c.encodeIfPresent(title, forKey: .title)
    }
  }

  struct Failed: Encodable {
    var path: String
    var id: String?
    var url: String?
    var error: Problem
  }

  struct Problem: Encodable {
    var kind: String
    var message: String
    var offset: Int?
  }
}
