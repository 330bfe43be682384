import Testing
@testable import factcheck

/// Files opened ahead never take more than half the descriptors left after a reserve of 64,
/// shared by all workers: with a low limit or many jobs, fewer (or none) are opened ahead.
@Suite struct FilesOpenedAheadTests {
  @Test(arguments: [
    (1024, 2, 16, 16), (1024, 64, 16, 7), (1024, 1, 1, 1), (40, 8, 16, 0), (100, 4, 16, 4),
    (64, 1, 16, 0), (0, 1, 16, 0), (Int.max, 512, 16, 16),
  ])
  func boundedByTheDescriptorLimit(_ limit: Int, _ jobs: Int, _ batch: Int, _ expected: Int) {
    let n = AuditPipeline.filesOpenedAhead(openLimit: limit, jobs: jobs, batch: batch)
    #expect(n == expected)
    #expect(n * jobs <= max(0, limit - 64) / 2)
  }
}
