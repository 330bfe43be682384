import Foundation

/// How an archive file is read, from its extension.
public enum ArchiveFormat: String, Sendable, Codable {
  case text, markdown, html, jsonLines

  /// The format of a file found in a directory; nil for files an audit skips.
  public static func of(path: String) -> ArchiveFormat? {
    switch (path as NSString).pathExtension.lowercased() {
    case "txt", "text": .text
    case "md", "markdown": .markdown
    case "html", "htm", "xhtml": .html
    case "jsonl", "ndjson": .jsonLines
    default: nil
    }
  }
}

/// The files an audit reads, walked lazily in a stable order: the paths as given, each directory
/// recursively with its entries sorted by name. Hidden entries and files of unknown type inside
/// directories are skipped; a file named directly is read whatever its extension (as text).
public struct ArchiveSource: Sequence, Sendable {
  public var paths: [String]
  public var include: [String]
  public var exclude: [String]
  /// Paths never read (the audit's own output and progress files).
  public var skip: Set<String>

  public init(paths: [String], include: [String] = [], exclude: [String] = [], skip: Set<String> = []) {
    self.paths = paths
    self.include = include
    self.exclude = exclude
    self.skip = Set(skip.map(Self.standard))
  }

  public struct Entry: Sendable, Equatable {
    public var path: String
    public var format: ArchiveFormat
  }

  public func makeIterator() -> Iterator { Iterator(source: self) }

  public struct Iterator: IteratorProtocol {
    let source: ArchiveSource
    var roots: IndexingIterator<[String]>
    /// Open directories, innermost last: the remaining entries of each, sorted.
    var stack: [(dir: String, entries: ArraySlice<String>)] = []
    /// Directories already walked, by device and inode: a symlink loop (`sub/up -> ..`) or a
    /// second link to a folder is walked once.
    var walked: Set<[UInt64]> = []

    init(source: ArchiveSource) {
      self.source = source
      roots = source.paths.makeIterator()
    }

    public mutating func next() -> Entry? {
      while true {
        if var top = stack.popLast() {
          guard let name = top.entries.popFirst() else { continue }
          stack.append(top)
          let path = top.dir.hasSuffix("/") ? top.dir + name : top.dir + "/" + name
          if let entry = visit(path, direct: false) { return entry }
        } else {
          guard let root = roots.next() else { return nil }
          if let entry = visit(root, direct: true) { return entry }
        }
      }
    }

    mutating func visit(_ path: String, direct: Bool) -> Entry? {
      var isDir: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
      if exists && isDir.boolValue {
        var st = stat()
        if stat(path, &st) == 0, !walked.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        stack.append((path, names.filter { !$0.hasPrefix(".") }.sorted()[...]))
        return nil
      }
      if source.skip.contains(ArchiveSource.standard(path)) { return nil }
      if direct { return Entry(path: path, format: ArchiveFormat.of(path: path) ?? .text) }
      guard let format = ArchiveFormat.of(path: path), source.selects(path) else { return nil }
      return Entry(path: path, format: format)
    }
  }

  /// True when `path` passes `--include` (any, when given) and no `--exclude`. A glob matches the
  /// whole path or the file name; `*` crosses `/`.
  public func selects(_ path: String) -> Bool {
    let name = (path as NSString).lastPathComponent
    let matches = { (glob: String) in fnmatch(glob, path, 0) == 0 || fnmatch(glob, name, 0) == 0 }
    if !include.isEmpty && !include.contains(where: matches) { return false }
    return !exclude.contains(where: matches)
  }

  static func standard(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
