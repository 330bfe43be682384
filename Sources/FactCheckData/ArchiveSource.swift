import Foundation

/// How an archive file is read, from its extension.
public enum ArchiveFormat: String, Sendable, Codable {
  case text, markdown, html, jsonLines

  /// The format of a file found in a directory; nil for files an audit skips.
  public static func of(path: String) -> ArchiveFormat? {
    known((path as NSString).pathExtension.lowercased())
  }

  /// `of(path:)` for a name found in a directory (no `/`). Plain ASCII names are read on their
  /// bytes: NSString's path functions were most of the cost of walking an archive.
  static func of(name: String) -> ArchiveFormat? {
    var name = name
    return name.withUTF8 { bytes -> ArchiveFormat?? in
      guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x2F }) else { return nil }
      // As NSString.pathExtension: after the last dot, none when that dot starts the name.
      guard let dot = bytes.lastIndex(of: 0x2E), dot > 0 else { return .some(nil) }
      let ext = String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)...]), as: UTF8.self)
      return .some(known(ext.lowercased()))
    } ?? of(path: name)
  }

  private static func known(_ lowercasedExtension: String) -> ArchiveFormat? {
    switch lowercasedExtension {
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
  public var skip: Set<String> {
    didSet { skipNames = Set(skip.map { ($0 as NSString).lastPathComponent }) }
  }
  /// The file names of `skip`, as given and as standardized: a file found in a directory under
  /// another name is not one of them, and its path need not be standardized, which cost more
  /// than reading many a file. Both names are kept because standardizing a path with ".." in
  /// it resolves symlinks, which can change its last component.
  private var skipNames: Set<String>

  public init(paths: [String], include: [String] = [], exclude: [String] = [], skip: Set<String> = []) {
    self.paths = paths
    self.include = include
    self.exclude = exclude
    let standard = Set(skip.map(Self.standard))
    self.skip = standard
    skipNames = Set((standard.union(skip)).map { ($0 as NSString).lastPathComponent })
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
    var stack: [(dir: String, entries: ArraySlice<Listed>)] = []
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
          guard let listed = top.entries.popFirst() else { continue }
          stack.append(top)
          let name = listed.name
          let path = top.dir.hasSuffix("/") ? top.dir + name : top.dir + "/" + name
          if let entry = visit(path, name: name, regular: listed.isRegular) { return entry }
        } else {
          guard let root = roots.next() else { return nil }
          if let entry = visit(root, name: nil) { return entry }
        }
      }
    }

    /// The entry for `path`: a root as given when `name` is nil, else a file called `name`
    /// found in a directory. One stat tells a directory (FileManager.fileExists and a second
    /// stat for the loop check cost two or three), and none is needed for what the directory
    /// listing says is a `regular` file.
    mutating func visit(_ path: String, name: String?, regular: Bool = false) -> Entry? {
      var st = stat()
      if !regular, stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR {
        if !walked.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted { return nil }
        let listed = Self.list(path).filter { !$0.name.hasPrefix(".") }
        stack.append((path, listed.sorted { $0.name < $1.name }[...]))
        return nil
      }
      guard let name else {
        if source.skip.contains(ArchiveSource.standard(path)) { return nil }
        return Entry(path: path, format: ArchiveFormat.of(path: path) ?? .text)
      }
      if source.skipNames.contains(name), source.skip.contains(ArchiveSource.standard(path)) {
        return nil
      }
      guard let format = ArchiveFormat.of(name: name), source.selects(path) else { return nil }
      return Entry(path: path, format: format)
    }

    /// The entries of a directory as FileManager.contentsOfDirectory names them, with the
    /// type the listing gives (read with readdir, which FileManager does too but keeps).
    static func list(_ path: String) -> [Listed] {
      guard let dir = opendir(path) else { return [] }
      defer { closedir(dir) }
      var listed: [Listed] = []
      while let entry = readdir(dir) {
        // Decoded as FileManager decodes it (a byte that is not UTF-8 becomes U+FFFD), without
        // FileManager: the shared singleton's reference count, retained and released for each
        // of an archive's names by whichever worker thread lists, was written from both cores.
        let name = withUnsafePointer(to: &entry.pointee.d_name) { field in
          field.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: field.pointee)) {
            String(decoding: UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))), as: UTF8.self)
          }
        }
        if name == "." || name == ".." { continue }
        listed.append(Listed(name: name, isRegular: Int(entry.pointee.d_type) == DT_REG))
      }
      return listed
    }
  }

  /// A name in a directory, and whether the listing says it is a regular file.
  struct Listed {
    var name: String
    var isRegular: Bool
  }

  /// True when `path` passes `--include` (any, when given) and no `--exclude`. A glob matches the
  /// whole path or the file name; `*` crosses `/`.
  public func selects(_ path: String) -> Bool {
    if include.isEmpty && exclude.isEmpty { return true }
    let name = (path as NSString).lastPathComponent
    let matches = { (glob: String) in fnmatch(glob, path, 0) == 0 || fnmatch(glob, name, 0) == 0 }
    if !include.isEmpty && !include.contains(where: matches) { return false }
    return !exclude.contains(where: matches)
  }

  static func standard(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
