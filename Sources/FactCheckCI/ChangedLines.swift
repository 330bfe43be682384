import Foundation

/// The lines changed since a git ref, from `git diff --unified=0 REF` run through the `git`
/// command line, so a pull request is judged on the paragraphs it touches.
///
/// Compares the ref with the working tree (committed, staged and unstaged changes); files git
/// does not track yet count as changed throughout. Deleted lines change nothing that can be
/// checked. Paths are absolute, symlinks resolved.
public struct ChangedLines: Sendable {
  public enum Change: Hashable, Sendable {
    /// New to git: every line.
    case whole
    /// These 1-based lines of the working-tree file.
    case lines(Set<Int>)
  }

  public var files: [String: Change]

  public init(files: [String: Change]) { self.files = files }

  /// What changed in `path`; nil when the file is untouched.
  public func change(of path: String) -> Change? {
    files[Self.canonical(path)]
  }

  /// Whether a 1-based line of `path` changed.
  public func contains(_ path: String, line: Int) -> Bool {
    switch change(of: path) {
    case .whole?: true
    case .lines(let set)?: set.contains(line)
    case nil: false
    }
  }

  public static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// Runs git in `directory` (any folder inside the work tree).
  /// - Throws: `CIError` when git is missing, the folder is not in a repository or the ref is
  ///   unknown; the message carries git's own words.
  public static func since(_ ref: String, in directory: String) throws -> ChangedLines {
    let top = try Git.run(["rev-parse", "--show-toplevel"], in: directory)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    _ = try Git.run(["rev-parse", "--verify", "--quiet", "\(ref)^{commit}"], in: top,
                    failure: "unknown git ref '\(ref)'")
    let diff = try Git.run(["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color",
                            "--no-ext-diff", ref, "--"], in: top)
    var files = parse(diff: diff, root: top)
    let untracked = try Git.run(["ls-files", "--others", "--exclude-standard", "-z"], in: top)
    for name in untracked.split(separator: "\0") where !name.isEmpty {
      files[canonical(top + "/" + name)] = .whole
    }
    return ChangedLines(files: files)
  }

  /// The added lines of each file in a unified diff with no context.
  public static func parse(diff: String, root: String) -> [String: Change] {
    var files: [String: Change] = [:]
    var current: String?
    for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("+++ ") {
        var name = String(line.dropFirst(4))
        if name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
        current = name == "/dev/null" ? nil : canonical(root + "/" + name.dropFirst(2))
        if let c = current, files[c] == nil { files[c] = .lines([]) }
      } else if line.hasPrefix("@@ "), let c = current, let added = hunk(line) {
        if case .lines(let set) = files[c] { files[c] = .lines(set.union(added)) }
      }
    }
    return files
  }

  /// The new-side lines of a hunk header `@@ -a,b +c,d @@`: c..<c+d (d defaults to 1).
  static func hunk(_ header: Substring) -> Range<Int>? {
    guard let plus = header.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { return nil }
    let parts = plus.dropFirst().split(separator: ",")
    guard let start = parts.first.flatMap({ Int($0) }) else { return nil }
    let count = parts.count > 1 ? Int(parts[1]) ?? 0 : 1
    return start..<(start + count)
  }
}

/// Runs `git` through Foundation's `Process`.
enum Git {
  static func run(_ args: [String], in directory: String, failure: String? = nil) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git"] + args
    p.currentDirectoryURL = URL(fileURLWithPath: directory)
    let out = Pipe()
    // stderr goes to a file, so only one pipe is read and a large diff cannot block git.
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-git-\(UUID())")
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errURL) }
    p.standardOutput = out
    p.standardError = try FileHandle(forWritingTo: errURL)
    p.standardInput = FileHandle.nullDevice
    do { try p.run() } catch { throw CIError("cannot run git: \(error)") }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
      // Read only on failure: Foundation leaks its buffer reading an empty file, which git's
      // stderr is when all is well.
      let errData = FileManager.default.contents(atPath: errURL.path) ?? Data()
      let said = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw CIError(failure ?? "git \(args.joined(separator: " ")) failed: \(said)")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
