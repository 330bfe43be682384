@testable import FactCheckCore
import FactCheckData
import Foundation
import Testing

/// The extractor word-breaks only the sentences `SentenceScreen` passes; skipping the others
/// must change nothing. A place, comparison or number word the screen missed would show here
/// as a claim, area or set-aside that differs from breaking every sentence.
@Suite struct SentenceScreenTests {
  static let published = CalendarDate(year: 2020, month: 11, day: 5)
  static let extractor = Pipeline.real.checker.extractor

  /// Sentences near the screen's edges: places and comparisons without numbers, number words,
  /// months by case, "-fold" words, curly quotes and apostrophes, letters outside ASCII.
  static let edges = """
    Norfolk Constabulary published its report on Tuesday. The force said 40 offenders were
    cautioned, fewer than the year before. Nationally the picture was the same.

    Officers in the county checked every address. A further 12 were recalled.

    Seven offenders were recalled. Half of them had moved. The force did not remove any of them.
    None were charged. There were dozens of visits. Numbers rose sixfold, and a x.fold rise too.
    In May the report came out; officers may say more. It was the highest in England and Wales.
    Kent’s officers said “the work goes on” – and it does… Zürich’s police agreed.
    The police area is large. Compared with the West Midlands, it is quiet.
    """

  /// The samples, the archive sample's stories as the audit reads them, and the edge cases.
  static func articles() throws -> [Document] {
    let samples = try FileManager.default.contentsOfDirectory(atPath: Repo.samples)
      .filter { $0.hasSuffix(".txt") }.sorted()
      .map { Document(name: $0, text: try String(contentsOfFile: Repo.samples + "/" + $0, encoding: .utf8)) }
    let archive = ArchiveReader(source: ArchiveSource(paths: [Repo.path("Corpus/archive-sample")]), stdin: false)
      .compactMap { try? ArchiveArticle.read($0).get().document }
    return samples + archive + [Document(name: "edges", text: edges)]
  }

  /// The archive sample's files as they are, markup and all (a JSON Lines feed is one long
  /// run of sentences): more varied text for the screen than the articles.
  static func rawFiles() -> [Document] {
    let archive = Repo.path("Corpus/archive-sample")
    return (FileManager.default.enumerator(atPath: archive)?.compactMap { $0 as? String } ?? []).sorted()
      .compactMap { file in
        guard let data = FileManager.default.contents(atPath: archive + "/" + file) else { return nil }
        return Document(name: file, text: String(decoding: data, as: UTF8.self))
      }
  }

  /// What the screen promises: a sentence it passes over, once broken, holds no number, no
  /// place and no comparison. Checked sentence by sentence, as claims can hide a miss.
  @Test func skippedSentencesHoldNothing() throws {
    let compiled = Self.extractor.compiled
    var sentences = 0
    var skipped = 0
    for document in try Self.articles() + Self.rawFiles() {
      for range in segmenter.sentences(in: document) {
        sentences += 1
        guard !compiled.screen.mayContribute(document.utf8, range) else { continue }
        skipped += 1
        let tokens = segmenter.tokens(in: document, range: range)
        let expressions = Self.extractor.recognizer.recognize(in: document, tokens: tokens, exhaustive: true)
        let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                              vocabulary: compiled.vocabulary)
        let analysis = SentenceAnalysis(view: view, rules: compiled)
        #expect(expressions.isEmpty && analysis.areas.isEmpty && analysis.comparisons.isEmpty,
                "\(document.name): \(document.slice(range))")
      }
    }
    // The screen is on and passes over a good share of sentences, so this tests something.
    #expect(compiled.screen.enabled)
    #expect(sentences > 2000)
    #expect(skipped * 5 > sentences, "\(skipped) of \(sentences) sentences skipped")
  }

  /// The claims, set-asides and article areas with the screen are those without it.
  @Test func skippingSentencesChangesNoClaim() throws {
    for document in try Self.articles() {
      let screened = Self.extractor.extract(from: document, segmenter: segmenter,
                                            options: .init(published: Self.published))
      let broken = Self.extractor.extract(from: document, segmenter: segmenter,
                                          options: .init(published: Self.published, breakEverySentence: true))
      #expect(screened.claims == broken.claims, "\(document.name)")
      #expect(screened.ignored == broken.ignored, "\(document.name)")
      #expect(screened.unparsed == broken.unparsed, "\(document.name)")
      #expect(screened.mainArea == broken.mainArea, "\(document.name)")
      #expect(screened.dataPeriod == broken.dataPeriod, "\(document.name)")
    }
  }

  /// The first sentence names a place and no number: it must still be read, for the area it
  /// gives the claim in the next sentence (not the article's own, Kent).
  @Test func placeWithoutNumberCarriesTheArea() throws {
    let text = "Norfolk Constabulary published its report on Tuesday. It said 1,433 registered sex offenders were supervised."
    let document = Document(text: text)
    let ranges = segmenter.sentences(in: document)
    #expect(ranges.count == 2)
    #expect(Self.extractor.compiled.screen.mayContribute(document.utf8, ranges[0]))
    let out = Self.extractor.extract(from: document, segmenter: segmenter,
                                     options: .init(published: Self.published, area: "Kent"))
    let claim = try #require(out.claims.first { $0.value == 1433 })
    #expect(claim.area == "Norfolk")
  }

  /// A spelled number with no digit beside it is still found.
  @Test func numberWordIsStillRead() throws {
    let text = "The report was published on Tuesday. Seven offenders were recalled to prison."
    let document = Document(text: text)
    let ranges = segmenter.sentences(in: document)
    #expect(!Self.extractor.compiled.screen.mayContribute(document.utf8, ranges[0]))
    #expect(Self.extractor.compiled.screen.mayContribute(document.utf8, ranges[1]))
    let out = Self.extractor.extract(from: document, segmenter: segmenter,
                                     options: .init(published: Self.published))
    let values = out.claims.map(\.value) + out.unparsed.map(\.value) + out.ignored.map(\.value)
    #expect(values == [7])
  }

  /// A skipped sentence still counts between paragraphs: the place named two paragraphs up
  /// no longer holds, so the last count takes the article's own area.
  @Test func skippedSentenceEndsTheCarriedArea() throws {
    let text = """
      In Norfolk, 1,433 registered sex offenders were supervised.

      The report was published on Tuesday.

      The year before, 1,302 registered sex offenders were supervised.
      """
    let document = Document(text: text)
    let ranges = segmenter.sentences(in: document)
    #expect(ranges.count == 3)
    #expect(!Self.extractor.compiled.screen.mayContribute(document.utf8, ranges[1]))
    let out = Self.extractor.extract(from: document, segmenter: segmenter,
                                     options: .init(published: Self.published, area: "Kent"))
    #expect(out.claims.first { $0.value == 1433 }?.area == "Norfolk")
    #expect(out.claims.first { $0.value == 1302 }?.area == "Kent")
  }
}
