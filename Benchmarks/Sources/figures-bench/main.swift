// figures-bench: generates a deterministic news corpus and measures Figures on it.
//
//   figures-bench generate --megabytes N --out FILE.jsonl | --txt FOLDER [--seed S]
//   figures-bench run --figures PATH/TO/figures [--sizes 10,100,1000] [--work DIR] [--json FILE]
//
// Run it through Benchmarks/run.sh, which builds both in release mode.
import FiguresCore
import FiguresExtractor
import FiguresRecognizer
import Foundation

#if DEBUG
FileHandle.standardError.write(Data("figures-bench: refusing to report numbers from a debug build; run Benchmarks/run.sh (swift build -c release)\n".utf8))
exit(2)
#endif

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("figures-bench: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("usage: figures-bench generate|run ...") }
arguments.removeFirst()
var options: [String: String] = [:]
while let key = arguments.first, key.hasPrefix("--") {
    arguments.removeFirst()
    guard let value = arguments.first else { fail("\(key) needs a value") }
    arguments.removeFirst()
    options[String(key.dropFirst(2))] = value
}
let seed = UInt64(options["seed"] ?? "42") ?? 42

switch command {
case "generate":
    guard let megabytes = Int(options["megabytes"] ?? "") else { fail("generate needs --megabytes N") }
    var generator = CorpusGenerator(seed: seed)
    if let out = options["out"] {
        let (articles, _) = try generator.writeJSONLines(bytes: megabytes << 20, to: out)
        print("wrote \(articles) articles to \(out)")
    } else if let folder = options["txt"] {
        let (articles, _) = try generator.writeTextFiles(bytes: megabytes << 20, to: folder)
        print("wrote \(articles) articles to \(folder)")
    } else {
        fail("generate needs --out FILE.jsonl or --txt FOLDER")
    }
case "run":
    var benchmark = Benchmark(options: options, seed: seed)
    try benchmark.run()
default:
    fail("unknown command \(command)")
}
