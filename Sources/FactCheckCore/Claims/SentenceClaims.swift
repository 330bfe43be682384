/// A sentence's claims while they are resolved, in expression order, each with the index of
/// its expression. They sit at the end of the document's claim array (`all[start...]`), so
/// they are changed in place and never moved once made. An `[Int: Claim]` cost hashing,
/// filtering and sorting its keys, and copying each claim out and back (about 20 M
/// instructions for 2,000 articles); an array of optional claims, one per expression, cost
/// more still (a claim is over 200 bytes, and each optional test copied one).
struct SentenceClaims {
  /// The document's claims, this sentence's from `start` on.
  var all: [Claim]
  let start: Int
  /// For each of this sentence's claims, its expression's index (ascending).
  private(set) var expressions: [Int] = []

  /// Takes over the document's claims, and a list to keep the expressions in (the document's,
  /// emptied here: a list made for each sentence with claims was an allocation and a free);
  /// `release` gives them back.
  init(taking claims: inout [Claim], expressions list: inout [Int]) {
    all = []
    swap(&all, &claims)
    start = all.count
    swap(&expressions, &list)
    expressions.emptyKeepingCapacity()
  }

  mutating func release(into claims: inout [Claim], expressions list: inout [Int]) {
    swap(&all, &claims)
    swap(&expressions, &list)
  }

  var count: Int { expressions.count }

  /// Where in `all` the claim of expression `i` is.
  func position(of i: Int) -> Int? {
    expressions.firstIndex(of: i).map { start + $0 }
  }

  /// The claim at `all[start + k]` is expression `expressions[k]`'s.
  ///
  /// Most claims come in expression order, so go at the end: appended, as `insert` at the end
  /// took the general path (about 1,000 instructions a claim).
  mutating func insert(_ claim: consuming Claim, for i: Int) {
    guard let k = expressions.firstIndex(where: { $0 > i }) else {
      expressions.append(i)
      all.append(claim)
      return
    }
    expressions.insert(i, at: k)
    all.insert(claim, at: start + k)
  }
}
