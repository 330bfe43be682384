import Foundation

/// Paths to the repo's Corpus/ and this target's fixtures, found from this file.
enum Paths {
  static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repo = testsDir.deletingLastPathComponent().deletingLastPathComponent()
  static let corpus = repo.appendingPathComponent("Corpus").path
  static let mappa = repo.appendingPathComponent("Corpus/mappa").path
  static let fixture = testsDir.appendingPathComponent("Fixtures/school_exclusions").path
  static func fixtureFile(_ name: String) -> String { fixture + "/" + name }

  /// A fresh temporary copy of a folder.
  static func tempCopy(of folder: String) throws -> String {
    let dest = FileManager.default.temporaryDirectory
      .appendingPathComponent("factcheck-\(UUID().uuidString)").path
    try FileManager.default.copyItem(atPath: folder, toPath: dest)
    return dest
  }
}
