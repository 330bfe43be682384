import Foundation

/// Finds the bundled `Corpus/` and `Rules/` folders wherever the binary runs from.
///
/// Looked for, in order: the `FACTCHECK_SHARE` environment variable; `../share/factcheck`
/// beside an installed binary's `bin/`; the folders above the executable (a `swift run` or
/// `.build/release/factcheck` inside the repo); the current directory and its parents.
/// Symbolic links to the executable are resolved first.
public enum ResourceLocator {
  /// The folder holding `name` (e.g. "Corpus"), or nil when none is found.
  public static func bundled(_ name: String) -> String? {
    let roots = candidateRoots(
      environment: ProcessInfo.processInfo.environment,
      executableDirectories: runningExecutableDirectories,
      currentDirectory: FileManager.default.currentDirectoryPath)
    return bundled(name, in: roots)
  }

  /// The first `root/name` that is a directory.
  static func bundled(_ name: String, in roots: [String]) -> String? {
    for root in roots {
      let path = (root as NSString).appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return path
      }
    }
    return nil
  }

  /// The folders to search, in order, without duplicates.
  static func candidateRoots(
    environment: [String: String], executableDirectories: [String], currentDirectory: String
  ) -> [String] {
    var roots: [String] = []
    if let share = environment["FACTCHECK_SHARE"], !share.isEmpty {
      roots.append((share as NSString).standardizingPath)
    }
    for directory in executableDirectories {
      let prefix = (directory as NSString).deletingLastPathComponent
      roots.append((prefix as NSString).appendingPathComponent("share/factcheck"))
      roots += ancestors(of: directory)
    }
    roots += ancestors(of: currentDirectory)
    var seen: Set<String> = []
    return roots.filter { seen.insert($0).inserted }
  }

  /// `executableDirectories()`, worked out once per process.
  static let runningExecutableDirectories = executableDirectories()

  /// The directories of the running executable: as the system reports it (on Linux
  /// /proc/self/exe) and as `argv[0]` names it, with symbolic links resolved.
  static func executableDirectories() -> [String] {
    var urls: [URL] = []
    #if os(Linux)
    // Read directly: `Bundle.main` lists the executable's directory to set itself up, 7 M
    // instructions of start-up beside a few thousand files.
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      urls.append(URL(fileURLWithPath: path))
    }
    #else
    if let url = Bundle.main.executableURL { urls.append(url) }
    #endif
    if let argv0 = CommandLine.arguments.first, argv0.contains("/") {
      urls.append(URL(fileURLWithPath: argv0))
    }
    return urls.map { $0.resolvingSymlinksInPath().deletingLastPathComponent().path }
  }

  private static func ancestors(of path: String) -> [String] {
    var result: [String] = []
    var current = (path as NSString).standardizingPath
    while true {
      result.append(current)
      let parent = (current as NSString).deletingLastPathComponent
      if parent == current || parent.isEmpty { break }
      current = parent
    }
    return result
  }
}
