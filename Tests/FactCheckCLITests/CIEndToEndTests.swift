import FactCheckTestSupport
import Foundation
import Testing

/// The editorial CI story through the built binary, in a temporary git repository: a pull
/// request that changes one figure is judged on that line only; a justified ignore accepts it;
/// a baseline hides old findings but not new ones; the SARIF validates.
@Suite(.serialized) struct CIEndToEndTests {
  static let article = """
    ---
    title: Sex offenders in Essex
    date: 2020-11-05
    ---
    # Almost 1,600 registered sex offenders living in Essex

    Ministry of Justice data shows 1,596 registered sex offenders were being supervised in the community in Essex on 31 March this year.

    That works out at 99 offenders for every 100,000 people aged 10 and over in the county, below the average of 119 across England and Wales.

    The Essex total was up from 1,496 a year earlier, a rise of seven per cent.

    """

  /// A fresh repository with the correct article committed.
  final class Repo {
    let dir: URL
    init() throws {
      dir = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-e2e-\(UUID())")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try git("init", "-q")
      try git("config", "user.email", "desk@example.org")
      try git("config", "user.name", "Desk")
      try write("story.md", CIEndToEndTests.article)
      try git("add", "-A")
      try git("commit", "-qm", "Correct article")
    }
    deinit { try? FileManager.default.removeItem(at: dir) }

    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> String {
      try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    /// The article with `old` replaced by `new`.
    func edit(_ old: String, _ new: String) throws {
      let text = try read("story.md")
      #expect(text.contains(old))
      try write("story.md", text.replacingOccurrences(of: old, with: new))
    }

    func git(_ args: String...) throws {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      p.arguments = ["git"] + args
      p.currentDirectoryURL = dir
      try p.run()
      p.waitUntilExit()
      #expect(p.terminationStatus == 0, "git \(args)")
    }

    func factcheck(_ args: String...) throws -> BinaryRunner.Result {
      let r = try BinaryRunner.run(args, directory: dir)
      print("$ factcheck \(args.joined(separator: " "))  # exit \(r.status)\n\(r.stdout)\(r.stderr)")
      return r
    }
  }

  static func lines(_ s: String, prefix: String) -> [String] {
    s.split(separator: "\n").map(String.init).filter { $0.hasPrefix(prefix) }
  }

  @Test func changedFigureIsTheOnlyAnnotation() throws {
    let repo = try Repo()
    let clean = try repo.factcheck("check", "--changed-since", "HEAD", "--format", "github", "story.md")
    #expect(clean.status == 0 && clean.stdout.isEmpty)

    // Line 7 of the file: "Ministry of Justice data shows 1,596 …".
    try repo.edit("shows 1,596 registered", "shows 1,569 registered")
    let r = try repo.factcheck("check", "--changed-since", "HEAD", "--format", "github", "story.md")
    #expect(r.status == 1)
    let errors = Self.lines(r.stdout, prefix: "::error ")
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("::error file=story.md,line=7,col=32,endLine=7,endColumn=36,") == true)
    #expect(errors.first?.contains("::'1,569' should be 1,596") == true)
    #expect(Self.lines(r.stdout, prefix: "::").count == 1)

    // A justified ignore on the line before accepts it.
    try repo.edit("Ministry of Justice data shows 1,569",
                  "<!-- factcheck-ignore: the council's own count, checked with its press office -->\nMinistry of Justice data shows 1,569")
    let ok = try repo.factcheck("check", "--changed-since", "HEAD", "--format", "github", "story.md")
    #expect(ok.status == 0)
    #expect(ok.stdout.isEmpty)

    // Without a reason it accepts nothing, and is itself an error.
    try repo.edit("factcheck-ignore: the council's own count, checked with its press office", "factcheck-ignore")
    let bare = try repo.factcheck("check", "--changed-since", "HEAD", "--format", "github", "story.md")
    #expect(bare.status == 1)
    #expect(Self.lines(bare.stdout, prefix: "::error ").count == 2)
    #expect(bare.stdout.contains("title=factcheck suppression.reason-missing::factcheck-ignore needs a reason"))
  }

  @Test func unchangedFilesAreNotJudged() throws {
    let repo = try Repo()
    try repo.edit("shows 1,596 registered", "shows 1,569 registered")
    try repo.git("commit", "-qam", "Wrong figure, already on main")
    try repo.write("other.md", "---\ndate: 2020-11-05\n---\nA note with no figures.\n")
    let r = try repo.factcheck("check", "--changed-since", "HEAD", "--format", "github", ".")
    #expect(r.status == 0 && r.stdout.isEmpty)
  }

  @Test func baselineHidesOldFindingsNotNewOnes() throws {
    let repo = try Repo()
    try repo.edit("shows 1,596 registered", "shows 1,569 registered")
    let created = try repo.factcheck("baseline", "create", "factcheck-baseline.json", "story.md")
    #expect(created.status == 0 && created.stdout.contains("1 finding recorded"))
    try repo.git("add", "-A")
    try repo.git("commit", "-qm", "Accept the old figure")

    // Shift every line down by two and change another figure (line 11 after the shift).
    try repo.edit("in Essex\n\nMinistry", "in Essex\n\nA new paragraph.\n\nMinistry")
    try repo.edit("at 99 offenders", "at 109 offenders")
    let r = try repo.factcheck("check", "--baseline", "factcheck-baseline.json", "--format", "github", "story.md")
    #expect(r.status == 1)
    let errors = Self.lines(r.stdout, prefix: "::error ")
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("::error file=story.md,line=11,col=19,") == true)

    let sarif = try repo.factcheck("check", "--baseline", "factcheck-baseline.json", "--format", "sarif", "story.md")
    #expect(sarif.status == 1)
    SARIFSchema.expectValid(sarif.stdout)
    #expect(sarif.stdout.contains("\"factcheckClaim/v1\""))

    // Without the baseline both are reported; after an update, neither.
    let all = try repo.factcheck("check", "--format", "github", "story.md")
    #expect(Self.lines(all.stdout, prefix: "::error ").count == 2)
    let updated = try repo.factcheck("baseline", "update", "factcheck-baseline.json", "story.md")
    #expect(updated.status == 0 && updated.stdout.contains("2 findings recorded"))
    let none = try repo.factcheck("check", "--baseline", "factcheck-baseline.json", "story.md")
    #expect(none.status == 0)
  }

  @Test func configFileIsFoundAndChecked() throws {
    let repo = try Repo()
    let initRun = try repo.factcheck("init")
    #expect(initRun.status == 0)
    let starter = try repo.read(".factcheck.yml")
    #expect(starter.contains("fail_on: [contradicted]"))
    try repo.edit("shows 1,596 registered", "shows 1,569 registered")
    try FileManager.default.createDirectory(at: repo.dir.appendingPathComponent("drafts"), withIntermediateDirectories: true)
    try repo.write("drafts/story.md", try repo.read("story.md"))
    // The starter ignores drafts/**; the article itself still fails.
    let r = try repo.factcheck("check", "--format", "junit", ".")
    #expect(r.status == 1)
    #expect(r.stdout.contains("<testsuite name=\"story.md\" tests=\"1\" failures=\"1\""))
    #expect(!r.stdout.contains("drafts/"))

    try repo.write(".factcheck.yml", starter + "fail-on: [unverifiable]\n")
    let bad = try repo.factcheck("check", "story.md")
    #expect(bad.status == 2)
    let line = starter.split(separator: "\n", omittingEmptySubsequences: false).count
    #expect(bad.stderr.contains(".factcheck.yml:\(line):1: error: unknown key 'fail-on'"), "\(bad.stderr)")
  }
}
