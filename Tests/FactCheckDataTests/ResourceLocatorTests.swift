import Foundation
import Testing

@testable import FactCheckData

@Suite struct ResourceLocatorTests {
  /// The repository root, from this file's path (Tests/FactCheckDataTests/…).
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  @Test func environmentComesFirst() {
    let roots = ResourceLocator.candidateRoots(
      environment: ["FACTCHECK_SHARE": "/opt/fc/share/factcheck/"],
      executableDirectories: ["/usr/local/bin"], currentDirectory: "/home/me")
    #expect(roots.first == "/opt/fc/share/factcheck")
  }

  @Test func emptyEnvironmentValueIsIgnored() {
    let roots = ResourceLocator.candidateRoots(
      environment: ["FACTCHECK_SHARE": ""], executableDirectories: [], currentDirectory: "/a")
    #expect(roots == ["/a", "/"])
  }

  @Test func installedLayoutThenExecutableAncestorsThenWorkingDirectory() {
    let roots = ResourceLocator.candidateRoots(
      environment: [:], executableDirectories: ["/tmp/fc/bin"], currentDirectory: "/srv/news")
    #expect(
      roots == [
        "/tmp/fc/share/factcheck", "/tmp/fc/bin", "/tmp/fc", "/tmp", "/", "/srv/news", "/srv",
      ])
  }

  @Test func swiftBuildLayoutReachesTheRepository() {
    let roots = ResourceLocator.candidateRoots(
      environment: [:],
      executableDirectories: ["/src/factcheck/.build/x86_64-unknown-linux-gnu/release"],
      currentDirectory: "/")
    #expect(roots.contains("/src/factcheck"))
  }

  @Test func installedShareIsFound() throws {
    let folder = try TemporaryFolder()
    let share = (folder.path as NSString).appendingPathComponent("share/factcheck/Corpus")
    try FileManager.default.createDirectory(atPath: share, withIntermediateDirectories: true)
    let bin = (folder.path as NSString).appendingPathComponent("bin")
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    let roots = ResourceLocator.candidateRoots(
      environment: [:], executableDirectories: [bin], currentDirectory: "/")
    #expect(ResourceLocator.bundled("Corpus", in: roots) == share)
    #expect(ResourceLocator.bundled("Rules", in: roots) == nil)
  }

  @Test func aFileWithTheNameIsNotAFolder() throws {
    let folder = try TemporaryFolder()
    _ = try folder.write("Corpus", Array("not a folder".utf8))
    #expect(ResourceLocator.bundled("Corpus", in: [folder.path]) == nil)
  }

  @Test(.disabled(if: ProcessInfo.processInfo.environment["FACTCHECK_SHARE"] != nil))
  func testBinaryFindsTheRepositoryCorpus() {
    #expect(ResourceLocator.bundled("Corpus") == Self.repository + "/Corpus")
  }
}
