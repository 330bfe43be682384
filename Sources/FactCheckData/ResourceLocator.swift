import Foundation

/// Finds the bundled `Corpus/` and `Rules/` folders wherever the binary runs from.
///
/// Looked for, in order: the `FACTCHECK_SHARE` environment variable; the folders above the
/// executable (a `swift run` or `.build/release/factcheck` inside the repo); `../share/factcheck`
/// beside an installed binary's `bin/`; the current directory and its parents.
public enum ResourceLocator {
  /// The folder holding `name` (e.g. "Corpus"), or nil when none is found.
  public static func bundled(_ name: String) -> String? {
    for root in candidateRoots() {
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

  static func candidateRoots() -> [String] {
    var roots: [String] = []
    if let share = ProcessInfo.processInfo.environment["FACTCHECK_SHARE"], !share.isEmpty {
      roots.append(share)
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath().deletingLastPathComponent()
    let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    for start in [exe, executable].compactMap({ $0 }) {
      roots.append(start.deletingLastPathComponent().appendingPathComponent("share/factcheck").path)
      roots += ancestors(of: start.path)
    }
    roots += ancestors(of: FileManager.default.currentDirectoryPath)
    return roots
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
