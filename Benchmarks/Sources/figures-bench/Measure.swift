import Foundation

/// A finished child process: wall time, peak resident memory and what it wrote.
struct ProcessResult {
    var seconds: Double
    var peakRSSMegabytes: Double
    var status: Int32
    var output: String
}

enum Measure {
    /// Runs `executable` with `arguments`, standard output to a file (read back), standard error
    /// discarded, and returns its wall time and peak RSS. The RSS comes from GNU time (`%M`) when
    /// /usr/bin/time is installed: wait4's rusage on Linux also counts what a child inherited
    /// before exec, which would blame this process's memory on the child.
    /// With `discardOutput`, standard output goes to /dev/null: the program still writes every
    /// byte, but the machine's disk is not timed with it (writing 1.4 GB of JSON Lines to a file
    /// on this machine's disk took longer than producing it on two cores).
    static func run(_ executable: String, _ arguments: [String], discardOutput: Bool = false) throws -> ProcessResult {
        let rssPath = NSTemporaryDirectory() + "figures-bench-\(getpid())-\(UUID().uuidString).rss"
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/time") {
            var result = try spawn("/usr/bin/time", ["-f", "%M", "-o", rssPath, executable] + arguments, discardOutput: discardOutput)
            if let text = try? String(contentsOfFile: rssPath, encoding: .utf8),
               let kilobytes = Double(text.split(separator: "\n").last(where: { Double($0) != nil }) ?? "") {
                result.peakRSSMegabytes = kilobytes / 1024
            }
            try? FileManager.default.removeItem(atPath: rssPath)
            return result
        }
        return try spawn(executable, arguments, discardOutput: discardOutput)
    }

    static func spawn(_ executable: String, _ arguments: [String], discardOutput: Bool = false) throws -> ProcessResult {
        let outPath = discardOutput ? "/dev/null" : NSTemporaryDirectory() + "figures-bench-\(getpid())-\(UUID().uuidString).out"
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw NSError(domain: "bench", code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "cannot run \(executable)"]) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(start)
        let output = discardOutput ? "" : (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        if !discardOutput { try? FileManager.default.removeItem(atPath: outPath) }
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ProcessResult(seconds: seconds, peakRSSMegabytes: Double(usage.ru_maxrss) / 1024, status: exitStatus, output: output)
    }

    /// Peak RSS of this process so far, in megabytes.
    static var selfPeakRSS: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
