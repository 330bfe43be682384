import FactCheckCore
import Testing

/// Numbers that contradict each other inside one article, where the dataset has no cell to
/// judge them (Kent has no MAPPA count in the figures).
@Suite struct ConsistencyTests {
  @Test func changeThatItsOwnFiguresDoNotGive() throws {
    let text = "In March 2020 Kent had 2,150 registered sex offenders, up from 1,480 in March 2019, a rise of 38 per cent.\n"
    let report = Pipeline.real.check(text, published: "2020-11-15")
    let change = try #require(report.finding("38 per cent"))
    #expect(change.verdict == .contradicted)
    #expect(change.message.contains("2,150 / 1,480 − 1 = +45.3%"))
    #expect(change.suggestion == "45 per cent")
  }

  @Test func changeThatItsOwnFiguresGiveIsNotFlagged() throws {
    let text = "In March 2020 Kent had 2,150 registered sex offenders, up from 1,480 in March 2019, a rise of 45 per cent.\n"
    let report = Pipeline.real.check(text, published: "2020-11-15")
    let change = try #require(report.finding("45 per cent"))
    #expect(change.verdict == .unverifiable)
    #expect(change.notes.contains { $0.contains("consistent with the article's own figures") })
  }

  @Test func sameFigureGivenTwiceWithDifferentValues() throws {
    let text = """
      Kent had 1,812 registered sex offenders in March.

      Later the report said 1,518 registered sex offenders lived in Kent in March.

      """
    let report = Pipeline.real.check(text, published: "2020-11-15")
    #expect(report.finding("1,812")?.verdict == .unverifiable)
    let second = try #require(report.finding("1,518"))
    #expect(second.verdict == .contradicted)
    #expect(second.message.contains("line 1"))
  }

  /// Claims after the last one that could be marked are not compared (see `sameFigureTwice`);
  /// a figure repeated, then checked figures after it, are marked as when all were compared.
  @Test func figuresAfterTheLastUnverifiableOneChangeNothing() throws {
    let text = """
      Kent had 1,812 registered sex offenders in March. Later the report said 1,518 registered sex offenders lived in Kent in March.

      Kent had 1,812 registered sex offenders in March. Essex had 1,596 registered sex offenders in 2019-20.

      """
    let report = Pipeline.real.check(text, published: "2020-11-15")
    #expect(report.finding("1,518")?.verdict == .contradicted)
    #expect(report.finding("1,596")?.verdict == .supported)
    // The repeated 1,812 disagrees with the 1,518 before it.
    #expect(report.summary.contradicted == 2)
  }

  @Test func smallCountsOfSubgroupsAreNotComparedWithEachOther() {
    let text = "In Kent three registered sex offenders were at level three. Four registered sex offenders were at level three in Kent, the report adds.\n"
    let report = Pipeline.real.check(text, published: "2020-11-15")
    #expect(report.summary.contradicted == 0)
  }
}
