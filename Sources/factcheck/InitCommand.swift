import ArgumentParser
import FactCheckData
import Foundation

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a commented starter .factcheck.yml.")

  @Argument(help: "Folder to write it in (default: the current folder).")
  var directory: String = "."

  @Flag(help: "Replace an existing .factcheck.yml.")
  var force = false

  func run() throws {
    let path = URL(fileURLWithPath: directory).appendingPathComponent(ConfigFile.fileName).path
    if FileManager.default.fileExists(atPath: path), !force {
      throw ValidationError("\(path) already exists; pass --force to replace it")
    }
    try ExitStatus.guarding {
      do {
        try Data(ConfigFile.starter.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      } catch {
        throw ToolError.missingResource("cannot write \(path): \(error.localizedDescription)")
      }
    }
    write("wrote \(path)\n")
  }
}
