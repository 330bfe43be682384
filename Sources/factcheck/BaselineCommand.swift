import ArgumentParser
import FactCheckCI
import FactCheckCore
import FactCheckReporters
import Foundation

struct BaselineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "baseline",
    abstract: "Record today's findings as accepted, so `check --baseline FILE` reports only new ones.",
    discussion: """
      Findings are recorded by fingerprint: the file path (relative to the current folder; run \
      from the repository root), the claim as written, and its measure, area and period; not \
      line numbers, so edits elsewhere in the file keep them. Suppressed findings are not \
      recorded. Correcting a figure or changing its context makes it new.
      """,
    subcommands: [Create.self, Update.self])

  struct Arguments: ParsableArguments {
    @Argument(help: "The baseline file (JSON).")
    var file: String

    @Argument(help: "Articles or folders to check (default: the current folder).")
    var paths: [String] = []

    @OptionGroup var options: AnalysisOptions

    @Option(help: "Configuration file (default: the nearest .factcheck.yml above each file).")
    var config: String?

    /// The baseline of the findings in `paths`, and the fingerprint paths checked.
    func record() throws -> (Baseline, Set<String>) {
      let run = try CIRun(options, configPath: config)
      var found: [(path: String, finding: Finding)] = []
      var checked = Set<String>()
      for path in CIRun.expand(paths.isEmpty ? ["."] : paths) {
        guard let a = try run.analyse(path) else { continue }
        checked.insert(Fingerprint.normalizePath(a.fingerprintPath))
        var gate = Gate()
        let o = gate.apply(a.report, suppressions: a.suppressions, fingerprintPath: a.fingerprintPath)
        found += Finding.claims(in: o.report, includeSupported: false, fingerprintPath: a.fingerprintPath)
          .map { (a.fingerprintPath, $0) }
      }
      return (Baseline(findings: found), checked)
    }

    func save(_ b: Baseline) throws {
      do {
        try Data(b.encoded().utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
      } catch {
        throw CIError("cannot write \(file): \(error.localizedDescription)")
      }
      let n = b.entries.reduce(0) { $0 + $1.count }
      write("\(file): \(n) finding\(n == 1 ? "" : "s") recorded\n")
    }
  }

  struct Create: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "create",
      abstract: "Write a new baseline of the findings in the given files.")
    @OptionGroup var args: Arguments

    func run() throws {
      if FileManager.default.fileExists(atPath: args.file) {
        throw ValidationError("\(args.file) exists; use `factcheck baseline update`")
      }
      try ExitStatus.guarding { try args.save(try args.record().0) }
    }
  }

  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: "Replace the baseline's entries for the given files with their findings today.")
    @OptionGroup var args: Arguments

    func run() throws {
      try ExitStatus.guarding {
        let old = FileManager.default.fileExists(atPath: args.file) ? try Baseline.load(args.file) : Baseline()
        let (fresh, checked) = try args.record()
        try args.save(old.replacing(paths: checked, with: fresh))
      }
    }
  }
}
