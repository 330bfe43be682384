@testable import FactCheckCore
import Testing

/// `SentenceResolver.joined(_:names:)` finds " + " and the areas between on the bytes of an
/// ASCII main area: it must answer as the search by Characters does (`referenceJoined`) for
/// every kind of main area and paragraph area (one area, two, three, empty areas, separators
/// at the ends, doubled or overlapping, spaces that are not a separator, non-ASCII areas and
/// combining marks, and a paragraph area equal to one only canonically, as the Kelvin sign is
/// to "K").
@Suite struct JoinedAreasTests {
  @Test func answersAsByCharacters() {
    var mains = [
      "", "Kent", "Kent + Essex", "Kent + Essex + Suffolk", " + ", " + Kent", "Kent + ", "Kent +  + Essex",
      "Kent + + Essex", "Kent ++ Essex", "Kent  +  Essex", "Kent+Essex", "Kent +Essex", "Kent+ Essex",
      "West Midlands + Staffordshire", "Kent + Kent", "+", " +", "+ ", "  ", " + + + ", "Kent + Essex +",
      "Zürich + Kent", "Kent + Zürich", "Kent + \u{301}Essex", "Kent \u{301}+ Essex", "Kent + Essex\u{301}",
      "Kent\u{0} + Essex", "North Wales + Wales",
    ]
    let pieces = ["Kent", "Essex", "", " ", "+", "Wales", "K"]
    for a in pieces {
      for b in pieces { mains.append(a + " + " + b) }
    }
    let recents = [
      "Kent", "Essex", "Suffolk", "", " ", "+", " + ", "Kent + Essex", "\u{212A}ent", "Zürich", "Zu\u{308}rich",
      "Essex\u{301}", "\u{301}Essex", "kent", "Wales", "North Wales", "West Midlands", "Staffordshire", "K",
    ]
    for main in mains {
      for recent in recents {
        #expect(SentenceResolver.joined(main, names: recent) == SentenceResolver.referenceJoined(main, names: recent),
                "\(main.debugDescription) \(recent.debugDescription)")
      }
    }
    // The test can fail: the two readings do tell joined areas apart.
    #expect(SentenceResolver.joined("Kent + Essex", names: "Essex"))
    #expect(!SentenceResolver.joined("Kent", names: "Kent"))
    #expect(!SentenceResolver.joined("Kent + Essex", names: "Suffolk"))
  }
}
