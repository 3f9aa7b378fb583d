import Foundation

/// Finds the Python interpreter that runs a `weasyprint` command, to run sitegen's own script
/// (`WeasyPrintScript`) with the same WeasyPrint: the one in a virtual environment, a pyenv
/// version or a pip install, wherever the command came from.
enum WeasyPrintInterpreter {
    /// The interpreter of the command at `path`: the one its `#!` line names, else the one that
    /// answers when the command is run with a probe (a pyenv shim or another shell wrapper).
    static func find(forCommand path: String, environment: [String: String]) -> String? {
        fromShebang(of: path, environment: environment) ?? probe(path, environment: environment)
    }

    /// The Python the script's first line names: `#!/venv/bin/python3`, `#!/usr/bin/env python3`,
    /// or pip's launcher for a long path (`#!/bin/sh` then `'''exec' "/path/python" "$0" "$@"`).
    /// Nil when it names something else (a shell).
    static func fromShebang(of path: String, environment: [String: String]) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let text = String(decoding: (try? handle.read(upToCount: 2048)) ?? Data(), as: UTF8.self)
        guard text.hasPrefix("#!") else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var words = lines[0].dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let launcher = "'''exec' "
        if words.first.map(lastComponent) == "sh", lines.count > 1, lines[1].hasPrefix(launcher) {
            let rest = lines[1].dropFirst(launcher.count)
            let quoted = rest.hasPrefix("\"")
            let word = quoted ? rest.dropFirst().prefix { $0 != "\"" } : rest.prefix { $0 != " " }
            words = [String(word)]
        }
        guard var program = words.first else { return nil }
        if lastComponent(program) == "env" {
            // env's options (-S) and variables (A=b) come before the program.
            guard let name = words.dropFirst().first(where: { !$0.hasPrefix("-") && !$0.contains("=") }) else { return nil }
            program = name
        }
        let name = lastComponent(program)
        guard name.hasPrefix("python") || name.hasPrefix("pypy") else { return nil }
        if !program.contains("/") {
            let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
            guard let found = folders.map({ "\($0)/\(program)" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
                return nil
            }
            program = found
        }
        return FileManager.default.isExecutableFile(atPath: program) ? program : nil
    }

    /// Runs the command with a `sitecustomize` module of sitegen's first on PYTHONPATH, which
    /// Python imports at start-up: it prints the interpreter (`sys.executable`) and stops before
    /// WeasyPrint runs. A command that is no Python prints no such line: nil.
    static func probe(_ path: String, environment: [String: String]) -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-probe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let module = """
            # sitegen asks which Python runs the weasyprint command, then stops it.
            import os, sys
            if os.environ.get('SITEGEN_WEASYPRINT_PROBE') == '1':
                print('sitegen-python=' + sys.executable, flush=True)
                os._exit(0)

            """
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(module.utf8).write(to: folder.appendingPathComponent("sitecustomize.py"))
        } catch {
            return nil
        }
        var probeEnvironment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        probeEnvironment["PYTHONPATH"] = ([folder.path] + (probeEnvironment["PYTHONPATH"].map { [$0] } ?? [])).joined(separator: ":")
        probeEnvironment["SITEGEN_WEASYPRINT_PROBE"] = "1"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--version"]
        process.environment = probeEnvironment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let prefix = "sitegen-python="
        guard let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else {
            return nil
        }
        let python = String(line.dropFirst(prefix.count))
        return FileManager.default.isExecutableFile(atPath: python) ? python : nil
    }

    private static func lastComponent(_ path: String) -> String {
        String(path.split(separator: "/").last ?? "")
    }
}
