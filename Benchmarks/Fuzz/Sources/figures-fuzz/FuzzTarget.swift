import FiguresCore
import FiguresExtractor
import FiguresRecognizer

/// libFuzzer entry point: every input is recognised and extracted, and the outputs are checked
/// for the invariants the CLI relies on (spans inside the text, intervals ordered).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let recognition = Recognizer().recognize(bytes)
    for q in recognition.quantities {
        precondition(q.span.lowerBound >= 0 && q.span.upperBound <= size && !q.span.isEmpty, "span out of the text")
        if let low = q.low, let high = q.high { precondition(!(high < low), "inverted interval") }
    }
    for span in recognition.unparsable { precondition(span.upperBound <= size) }
    let figures = Extractor().extract(bytes, published: Day(year: 2024, month: 1, day: 1), header: nil)
    for f in figures {
        precondition(f.span.upperBound <= size && f.sentence.upperBound <= size, "figure span out of the text")
        precondition(f.sentence.lowerBound <= f.span.lowerBound && f.span.upperBound <= f.sentence.upperBound, "figure outside its sentence")
    }
    return 0
}
