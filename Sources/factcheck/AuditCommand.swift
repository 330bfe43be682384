import ArgumentParser
import FactCheckCore
import FactCheckData
import FactCheckReporters
import Foundation

struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Check every article of an archive, in parallel, as JSON Lines.",
    discussion: """
      Reads files and directories (recursively: .txt, .md, .html, .htm, .jsonl, .ndjson), or \
      JSON Lines on standard input (- or --stdin), and writes one JSON line per article, in \
      input order. An article that cannot be read gives a line with an 'error' and never stops \
      the run. With --output FILE the run keeps FILE.progress; --resume continues a run that \
      was stopped. Exit status: 0, or 1 under --fail-on; 2 when the datasets, rules or output \
      cannot be used; 64 on a usage error.
      """)

  @Argument(help: "Files and directories to audit (- for JSON Lines on standard input).")
  var paths: [String] = []

  @Flag(help: "Read JSON Lines articles from standard input.")
  var stdin = false

  @Option(help: "Only audit files matching this glob (repeatable; matches the path or the name).")
  var include: [String] = []

  @Option(help: "Skip files matching this glob (repeatable).")
  var exclude: [String] = []

  @Option(help: "Worker threads (default: one per core).")
  var jobs: Int?

  @Option(name: [.short, .long], help: "Write JSON Lines here (a file, a pipe or a device) instead of standard output.")
  var output: String?

  @Flag(help: "Print totals, speed and the most common contradicted claims on standard error.")
  var summary = false

  @Option(help: "Exit 1 when any document has this: contradicted or failed (repeatable).")
  var failOn: [AuditFailOn] = []

  @Flag(help: "Write lines as documents finish, not in input order.")
  var unordered = false

  @Option(help: ArgumentHelp("Also write a self-contained HTML report here: figures, charts, and a table of the contradicted and unverifiable claims.", valueName: "file"))
  var html: String?

  @Flag(help: "Continue the run recorded in OUTPUT.progress (needs --output to a file).")
  var resume = false

  @OptionGroup var options: AnalysisOptions

  func validate() throws {
    if paths.isEmpty && !stdin { throw ValidationError("give files or directories to audit, or --stdin") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if resume && output == nil { throw ValidationError("--resume needs --output FILE") }
    if resume && unordered { throw ValidationError("--resume needs ordered output; drop --unordered") }
    if let html, html.isEmpty || html == "-" { throw ValidationError("--html needs a file name") }
    // The report's rows are kept in memory, not in the checkpoint: a resumed run could not
    // report the documents checked before the stop.
    if resume && html != nil { throw ValidationError("--html cannot be combined with --resume yet") }
  }

  func run() throws {
    let tally = try ExitStatus.guarding { () throws -> AuditTally in
      // The other workers load their datasets and rules on threads of their own meanwhile:
      // loading one is about 72 M instructions, and a worker that loaded its own once the
      // audit had started held the others back by that much (about 2.5% of a two-job audit
      // of 20,000 articles).
      let spares = SpareWorkers(count: jobCount - 1) {
        try? makeWorker()
      }
      // Loaded here so that bad data or rules stop the run before it starts.
      let worker = try makeWorker()
      return try audit(worker, spares: spares)
    }
    if failOn.contains(.contradicted) && tally.contradicted > 0 { throw ExitCode(1) }
    if failOn.contains(.failed) && tally.failed > 0 { throw ExitCode(1) }
  }

  /// A worker with its own loaded datasets and rules. Each thread gets its own: the checker's
  /// shared rule values are retained and released so often that threads sharing one instance
  /// contend on the reference counts and run no faster than one (measured: 2 jobs = 1 job).
  func makeWorker() throws -> AuditWorker {
    let kit = try Toolkit(options, verify: true)
    let (date, given) = try options.publishedDate()
    return AuditWorker(
      checker: kit.checker, segmenter: kit.segmenter, gazetteer: kit.dataset?.gazetteer,
      reporter: JSONReporter(tool: .init(name: ToolInfo.name, version: ToolInfo.version),
                             datasets: kit.corpus.datasets.map { .init(id: $0.id, version: $0.version) },
                             explain: options.explain),
      fallbackDate: date, fallbackGiven: given, area: options.area)
  }

  /// `--jobs`, or one per core.
  var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

  /// Audits with `first` (loaded on this thread) for one worker thread and `spares` for the
  /// others; a thread whose spare failed to load shares `first`.
  func audit(_ first: AuditWorker, spares: SpareWorkers<AuditWorker>) throws -> AuditTally {
    let files = paths.filter { $0 != "-" }.map(reportPath)
    let fromStdin = stdin || paths.contains("-")
    var skip: Set<String> = []
    if let output, output != "-" { skip = [output, ArchiveCheckpoint.path(forOutput: output)] }
    if let html { skip.insert(html) }
    let source = ArchiveSource(paths: files, include: include, exclude: exclude, skip: skip)
    let out = try AuditOutput(path: output, arguments: fingerprint, resume: resume)
    out.flushEachLine = fromStdin
    if AuditProgressBar.enabled {
      let bar = AuditProgressBar(offset: out.resumedFrom)
      out.progress = bar
      if !fromStdin { Thread.detachNewThread { bar.setTotal(AuditProgressBar.count(source)) } }
    }
    let start = Date()
    let reader = ArchiveReader(source: source, stdin: fromStdin, skip: out.resumedFrom)
    // Articles from standard input are checked one at a time: a stream (`tail -f … | factcheck
    // audit -`) must not wait for a batch to fill before its lines come out. Files go in
    // batches of 64, all opened ahead (see `AuditPipeline`). An audit of 20,000 files not in
    // the page cache took, on one job and on two: with 16, 0.76-0.79 s and 0.50-0.55 s; with
    // 32, 0.70-0.74 s and 0.44-0.49 s; with 64, 0.67-0.72 s and 0.38-0.39 s. Cached, the
    // same within noise.
    let pipeline = AuditPipeline(jobs: jobCount, window: 4 * jobCount,
                                 batch: fromStdin ? 1 : 64, ordered: !unordered,
                                 firstIndex: out.resumedFrom)
    let claimed = FirstUse(first)
    let report = html.map { _ in HTMLReportBox() }
    pipeline.run(reader: reader, skip: out.resumedFrom, makeWorker: {
      var worker = claimed.take() ?? spares.take() ?? first
      worker.html = report != nil
      return worker.audit
    }, write: { outcome in
      out.write(outcome)
      if let entry = outcome.html { report?.report.add(entry) }
    })
    out.finish()
    if let failure = out.failure { throw failure }
    if let html, let report { try writeReport(report.report, to: html) }
    if summary {
      let text = out.tally.summary(session: out.session, seconds: Date().timeIntervalSince(start),
                                   resumedFrom: out.resumedFrom)
      FileHandle.standardError.write(Data(text.utf8))
    }
    return out.tally
  }

  /// Writes the page beside its final name, then moves it there: a reader never sees half a page.
  func writeReport(_ report: HTMLReport, to path: String) throws {
    let day = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    let what = stdin || paths.contains("-") ? "standard input" : paths.joined(separator: ", ")
    let page = report.render(heading: "factcheck audit",
                             subtitle: "\(what) · factcheck \(ToolInfo.version) · \(day)")
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    do {
      try Data(page.utf8).write(to: temporary)
      if rename(temporary.path, url.path) != 0 { throw CheckpointError.io(path, String(cString: strerror(errno))) }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      FileHandle.standardError.write(Data("factcheck: cannot write \(path): \(error)\n".utf8))
      throw ExitCode(2)
    }
  }

  /// The arguments that decide the output, recorded in the checkpoint.
  var fingerprint: [String] {
    [ToolInfo.version, "paths=\(paths)", "stdin=\(stdin)", "include=\(include)", "exclude=\(exclude)",
     "published=\(options.published ?? "")", "area=\(options.area ?? "")", "explain=\(options.explain)",
     "corpus=\(options.corpus ?? "")", "rules=\(options.rules ?? "")"]
  }
}

enum AuditFailOn: String, ExpressibleByArgument, CaseIterable {
  case contradicted, failed
}

/// The HTML report being built; touched only inside the pipeline's serialised writes.
final class HTMLReportBox: @unchecked Sendable {
  var report = HTMLReport()
}

/// Hands its value to the first caller only.
final class FirstUse<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: T?
  init(_ value: T) { self.value = value }
  func take() -> T? {
    lock.lock()
    defer { lock.unlock() }
    defer { value = nil }
    return value
  }
}

/// Values made on threads of their own as soon as it is created, handed out one per `take()`.
final class SpareWorkers<T: Sendable>: @unchecked Sendable {
  private let ready = NSCondition()
  private var made: [T?] = []
  /// Values not yet claimed by a caller of `take()`.
  private var left: Int

  init(count: Int, make: @escaping @Sendable () -> T?) {
    left = max(0, count)
    for _ in 0..<left {
      let thread = Thread { [self] in
        let value = make()
        ready.lock()
        made.append(value)
        ready.broadcast()
        ready.unlock()
      }
      // As the audit's own threads: loading rules parses YAML, which recurses.
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// The next value made, waiting for it if it is still being made; nil once all are taken,
  /// or when making this one failed.
  ///
  /// A caller claims its value before it waits: counted only once taken, every caller that
  /// came while values were still being made waited, and with more callers than values the
  /// ones left over waited for ever (`SpareWorkersTests` hung so, 10 takers for 8 values).
  func take() -> T? {
    ready.lock()
    defer { ready.unlock() }
    guard left > 0 else { return nil }
    left -= 1
    while made.isEmpty { ready.wait() }
    return made.removeFirst()
  }
}
