import FactCheckCore
import Testing

/// An article's own area: the area named first, unless another is named at least twice as
/// often; the national area never counts.
@Suite struct MainAreaTests {
  func mainArea(_ text: String) -> String? {
    Pipeline.real.check(text, published: "2020-11-05").extracted.mainArea
  }

  @Test func firstNamedWins() {
    #expect(mainArea("Police in Kent said the figures were high.\nSurrey police disagreed.") == "Kent")
    #expect(mainArea("Kent and Kent again.\nSurrey. Surrey. Surrey.") == "Kent")
  }

  @Test func namedTwiceAsOftenWins() {
    #expect(mainArea("Kent police said so.\nSurrey police said not.\nSurrey again.") == "Surrey")
    #expect(mainArea("Kent.\nSurrey. Surrey.\nCumbria. Cumbria. Cumbria. Cumbria.") == "Cumbria")
  }

  @Test func nationalAreaNeverCounts() {
    #expect(mainArea("Across England and Wales, and in England and Wales again, Kent stood out.") == "Kent")
    #expect(mainArea("Nothing about any place.") == nil)
  }
}
