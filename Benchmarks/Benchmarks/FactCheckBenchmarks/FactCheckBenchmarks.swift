import Benchmark
import FactCheckCore
import FactCheckData
import FactCheckICU
import FactCheckReporters
import Foundation

// One operation is one article (or, for the audit benchmark, the whole sample archive), so
// throughput reads as articles per second; each benchmark's name gives the bytes per operation,
// from which MB/s follows. Allocations and peak memory come from the MallocInterposer trait.

/// The package root: Benchmarks/Benchmarks/FactCheckBenchmarks/ is three folders below it.
private let root = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path

private struct Fixture: @unchecked Sendable {
  let setup: Setup
  let segmenter: ICUSegmenter
  let document: Document
  let published = CalendarDate(year: 2020, month: 11, day: 5)
  let reporter = JSONReporter(tool: .init(name: "factcheck", version: "bench"), datasets: [])
  let archive: [ArchiveItem]
  let archiveBytes: Int

  init() {
    let corpus = try! DatasetLoader.loadCorpus("\(root)/Corpus")
    setup = try! Setup(corpus: corpus, ruleFolders: ["\(root)/Rules"])
    segmenter = try! ICUSegmenter()
    let text = try! String(contentsOfFile: "\(root)/Corpus/samples/essex-2019-20.txt", encoding: .utf8)
    document = Document(name: "essex-2019-20.txt", text: text)
    archive = Array(ArchiveReader(source: ArchiveSource(paths: ["\(root)/Corpus/archive-sample"]),
                                  stdin: false))
    archiveBytes = archive.reduce(0) { $0 + ((try? $1.bytes.get().count) ?? 0) }
  }

  var options: ClaimExtractor.Options { .init(published: published) }
}

private let fixture = Fixture()

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    maxDuration: .seconds(2), maxIterations: 10_000)
  let f = fixture
  let doc = f.document
  let size = "\(doc.utf8.count) B"

  Benchmark("Text layer: ICU sentences and words (\(size))") { benchmark in
    for _ in benchmark.scaledIterations {
      for s in f.segmenter.sentences(in: doc) {
        blackHole(f.segmenter.tokens(in: doc, range: s))
      }
    }
  }

  Benchmark("Number recognition (\(size))") { benchmark in
    let tokens = f.segmenter.sentences(in: doc).map { f.segmenter.tokens(in: doc, range: $0) }
    let recognizer = NumberRecognizer()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      for t in tokens { blackHole(recognizer.recognize(in: doc, tokens: t)) }
    }
  }

  Benchmark("Claim extraction (\(size))") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(f.setup.checker.extractor.extract(from: doc, segmenter: f.segmenter, options: f.options))
    }
  }

  Benchmark("Verification (\(size))") { benchmark in
    let claims = f.setup.checker.extractor.extract(from: doc, segmenter: f.segmenter, options: f.options)
      .claims
    let verifier = f.setup.checker.verifier!
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(verifier.check(claims, in: doc, published: f.published))
    }
  }

  Benchmark("Whole article: check and JSON line (\(size))") { benchmark in
    for _ in benchmark.scaledIterations {
      let report = f.setup.checker.run(doc, segmenter: f.segmenter, options: f.options)
      blackHole(AuditLineV1.document(report, id: nil, url: nil, title: nil, reporter: f.reporter))
    }
  }

  Benchmark("JSON line only (\(size))") { benchmark in
    let report = f.setup.checker.run(doc, segmenter: f.segmenter, options: f.options)
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(AuditLineV1.document(report, id: nil, url: nil, title: nil, reporter: f.reporter))
    }
  }

  Benchmark(
    "Audit: sample archive, \(f.archive.count) items (\(f.archiveBytes) B)",
    configuration: .init(maxDuration: .seconds(5), maxIterations: 50)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      for item in f.archive {
        guard case .success(let article) = ArchiveArticle.read(item) else { continue }
        let published = article.published.flatMap { CalendarDate(iso: String($0.prefix(10))) }
        let report = f.setup.checker.run(
          article.document, segmenter: f.segmenter,
          options: .init(published: published ?? f.published))
        blackHole(AuditLineV1.document(report, id: article.id, url: article.url,
                                       title: article.title, reporter: f.reporter))
      }
    }
  }
}
