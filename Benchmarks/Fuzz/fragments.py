#!/usr/bin/env python3
"""Structure fuzzing: documents recombined from fragments of the annotated articles.

    python3 Benchmarks/Fuzz/fragments.py FIGURES_BINARY [--docs N] [--seed S]

Each document joins 1-12 random runs of words (1-25 words each) cut from
Fixtures/extract/articles.jsonl, separated by random paragraph breaks, line breaks, stops,
commas or nothing: headlines without stops, sentences cut in the middle, amounts at a
paragraph's start, keywords at a text's start. libFuzzer mutates bytes and rarely builds such
shapes; three crashes of the seventeenth round were found this way (see
Tests/FiguresExtractorTests/FragmentCrashTests.swift).

Runs `FIGURES_BINARY extract --format jsonl` over all of them; on a crash, halves the input
until one document is left, prints it and exits 1. Deterministic for a seed."""
import json, os, random, subprocess, sys

def main():
    args = sys.argv[1:]
    if not args or args[0].startswith('-'):
        sys.exit(__doc__)
    binary = args[0]
    docs = int(args[args.index('--docs') + 1]) if '--docs' in args else 20000
    seed = int(args[args.index('--seed') + 1]) if '--seed' in args else 17
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
    with open(os.path.join(root, 'Fixtures', 'extract', 'articles.jsonl'), encoding='utf-8') as f:
        words = [json.loads(line)['text'].split(' ') for line in f if line.strip()]
    rng = random.Random(seed)
    separators = ['\n\n', ' ', '. ', '\n', '', '. \n\n', ', ']
    lines = []
    for i in range(docs):
        text = ''
        for _ in range(rng.randint(1, 12)):
            w = rng.choice(words)
            a = rng.randrange(len(w))
            text += ' '.join(w[a:a + rng.randint(1, 25)]) + rng.choice(separators)
        published = '2024-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28))
        lines.append(json.dumps({'id': 'frag-%d' % i, 'published': published, 'text': text}))

    def crashes(subset):
        run = subprocess.run([binary, 'extract', '--format', 'jsonl', '-'], input='\n'.join(subset) + '\n',
                             capture_output=True, text=True)
        # Exit statuses 0-2 are the CLI's own (CONTRACT.md); a signal is a crash.
        return run.returncode < 0 or run.returncode > 2

    if not crashes(lines):
        print('fragments: %d documents (seed %d), no crash' % (docs, seed))
        return
    while len(lines) > 1:
        half = lines[:len(lines) // 2]
        lines = half if crashes(half) else lines[len(lines) // 2:]
    print('fragments: crash on this document (seed %d):' % seed)
    print(lines[0])
    sys.exit(1)

if __name__ == '__main__':
    main()
