import FactCheckCore
import Foundation
import Testing

/// No super-linear cliff: four times the text takes about four times as long. The tests assert
/// the ratio of two sizes' CPU times, never a time, so a slow or busy machine does not fail
/// them; a quadratic step would give 16×, the bound is 8×. (Before LineIndex counted columns
/// from checkpoints, a 10,000-sentence paragraph took 10× the time of 2,500.)
@Suite(.serialized) struct ScalingTests {
  static let published = CalendarDate(year: 2020, month: 11, day: 5)

  /// A paragraph of `n` sentences, no line break: claims, areas, periods, set-asides.
  static func paragraph(_ n: Int) -> String {
    let areas = ["Essex", "Kent", "Surrey", "Lancashire", "Dorset"]
    return (0..<n).map { i in
      switch i % 4 {
      case 0: "In \(areas[i % 5]) there were \(1_000 + i % 900) registered sex offenders in 2019-20."
      case 1: "That is up \(i % 9 + 1) per cent on the year before."
      case 2: "A spokesperson said the police work with probation and prisons."
      default: "There were \(i % 50 + 10) offenders per 100,000 people, one of the highest rates."
      }
    }.joined(separator: " ")
  }

  /// The sample articles with every line break turned into a space (copy scraped from HTML
  /// often comes so), `n` times over: one line of ordinary sentences.
  static func singleLine(_ n: Int) -> String {
    let samples = ["essex-2019-20.txt", "essex-2019-20-errors.txt", "lancashire-2019-20.txt"]
      .compactMap { try? String(contentsOfFile: Repo.samples + "/" + $0, encoding: .utf8) }
      .joined(separator: " ")
      .replacingOccurrences(of: "\n", with: " ")
    return Array(repeating: samples, count: n).joined(separator: " ")
  }

  /// The fastest of two runs of the whole pipeline on `text`, in seconds of this thread's CPU
  /// time: the pipeline runs on the calling thread, and unlike wall time, CPU time does not
  /// grow while other processes hold the cores (wall-time ratios tripped on a loaded machine).
  static func seconds(_ text: String) -> Double {
    let doc = Document(name: "scale.txt", text: text)
    var best = Double.infinity
    for _ in 0..<2 {
      let start = threadCPUTime()
      _ = Pipeline.real.checker.run(doc, segmenter: segmenter, options: .init(published: published))
      best = min(best, threadCPUTime() - start)
    }
    return best
  }

  static func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  static func ratio(_ make: (Int) -> String, small: Int) -> Double {
    _ = seconds(make(small / 4))  // warm up: rules, ICU, allocator
    return seconds(make(small * 4)) / seconds(make(small))
  }

  @Test func tenThousandSentenceParagraphScalesLinearly() {
    let r = Self.ratio(Self.paragraph, small: 2_500)
    #expect(r < 8, "10,000 sentences took \(r)× the time of 2,500")
  }

  @Test func singleLineDocumentScalesLinearly() {
    let r = Self.ratio(Self.singleLine, small: 20)
    #expect(r < 8, "80 copies of the samples on one line took \(r)× the time of 20")
  }

  /// One sentence of `n` clauses, each a rate, a year and a change word, with no full stop:
  /// every number looks at every change mention.
  static func longSentence(_ n: Int) -> String {
    Array(repeating: "Unemployment in Scotland was 4.1% in 2019 and it rose", count: n).joined(separator: " ")
  }

  /// Within one sentence the resolver still compares numbers pairwise (quadratic: 16× for 4×
  /// the clauses), but no longer asks each change mention's `unless` phrases again for every
  /// number, which scanned the sentence each time (cubic: 64×; 400 clauses took 9 s).
  @Test func longSentenceOfChangesIsNotCubic() {
    let r = Self.ratio(Self.longSentence, small: 50)
    #expect(r < 32, "200 clauses in one sentence took \(r)× the time of 50")
  }
}
