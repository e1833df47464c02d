import LedgerCore

/// Turns a file's bytes, chunk by chunk, into UTF-8 without ever guessing a character: UTF-8 (with
/// or without BOM) or GB18030 as Excel on a Chinese Windows saves it, chosen at the first non-ASCII
/// bytes and then held to for the whole file. Anything else is refused at its line and column:
/// bytes invalid in the chosen encoding, a UTF-8 file with a cell pasted in GBK (or the reverse),
/// `--encoding gb18030` on UTF-8 text, and U+FFFD, the mark of an earlier lossy conversion.
public final class StrictTextDecoder {
    private enum Mode {
        /// Only ASCII so far: the same in either encoding.
        case undecided
        case utf8
        case gb18030(GB18030Decoder)
    }

    private let displayName: String
    private let asked: InputEncoding
    private var mode = Mode.undecided
    private var atStart = true
    private var carried: [UInt8] = []
    /// Where the next byte of text falls: 1-based line and character column.
    private var line = 1
    private var column = 1

    public init(displayName: String, encoding: InputEncoding) {
        self.displayName = displayName
        self.asked = encoding
        if encoding == .utf8 { mode = .utf8 }
    }

    /// Appends the UTF-8 text of `input` (after anything carried over from the previous chunk) to
    /// `output`: `decode(_:isFinal:)` without its copies once the file is known to be UTF-8. The
    /// bytes are checked where they land, and only a character cut by the chunk's end is kept back.
    /// Every chunk of a streamed import after the first takes this way: it was two copies of
    /// 4 MiB (and their fresh pages) per chunk.
    /// - Throws: as `decode(_:isFinal:)`; `output` is then of no further use.
    public func decode(_ input: ArraySlice<UInt8>, isFinal: Bool, appendingTo output: inout [UInt8]) throws(LedgerError) {
        // A short chunk (a pipe's read) may end inside what was carried: the general way.
        guard !atStart, case .utf8 = mode, input.count >= 4 else {
            output.append(contentsOf: try decode(input, isFinal: isFinal))
            return
        }
        let cut = isFinal ? 0 : input.withUnsafeBufferPointer(UTF8Scan.incompleteTailLength)
        let start = output.count
        output.append(contentsOf: carried)
        output.append(contentsOf: input[..<(input.endIndex - cut)])
        carried = Array(input.suffix(cut))
        try accept(utf8: output[start...])
    }

    /// The UTF-8 text of `input` (after anything carried over from the previous chunk).
    /// - Parameter isFinal: no bytes follow.
    /// - Throws: `LedgerError.textMustDecode`, `.encodingsMustNotMix`, `.encodingMustMatchText`,
    ///   `.textMustNotHoldReplacementCharacter`, `.fileMustBeReadable` when iconv lacks GB18030.
    public func decode(_ input: ArraySlice<UInt8>, isFinal: Bool) throws(LedgerError) -> [UInt8] {
        var bytes = carried.isEmpty ? Array(input) : carried + input
        carried = []
        if atStart {
            if bytes.count < 3 && !isFinal { carried = bytes; return [] }
            atStart = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {  // Excel's "CSV UTF-8"
                bytes.removeFirst(3)
                if asked == .gb18030 { throw .encodingMustMatchText(path: displayName, asked: "GB18030", found: "UTF-8 (BOM)") }
                mode = .utf8
            }
        }
        if case .undecided = mode {
            guard let firstNonASCII = bytes.firstIndex(where: { $0 >= 0x80 }) else {
                advance(overUTF8: bytes[...])
                return bytes
            }
            let sample = bytes[firstNonASCII...]
            let evidence = EncodingEvidence(sample, isFinal: isFinal)
            if !evidence.hasCompleteRun {
                // Only a sequence cut off by the chunk's end: decide when the rest arrives.
                carried = Array(sample)
                let ascii = Array(bytes[..<firstNonASCII])
                advance(overUTF8: ascii[...])
                return ascii
            }
            try choose(evidence, in: bytes)
        }
        switch mode {
        case .undecided: return bytes
        case .utf8:
            try decodeUTF8(&bytes, isFinal: isFinal)
            return bytes
        case .gb18030(let decoder): return try decodeGB18030(bytes, decoder: decoder, isFinal: isFinal)
        }
    }

    /// Settles the encoding from the first non-ASCII bytes.
    private func choose(_ evidence: EncodingEvidence, in bytes: [UInt8]) throws(LedgerError) {
        if asked == .gb18030 {
            // Valid UTF-8 read as GB18030 would be silent garbage.
            if evidence.invalidRuns == 0 && evidence.utf8Runs > 0 {
                throw .encodingMustMatchText(path: displayName, asked: "GB18030", found: "UTF-8")
            }
            mode = .gb18030(try makeGB18030Decoder())
            return
        }
        switch evidence.verdict {
        case .utf8: mode = .utf8
        case .gb18030: mode = .gb18030(try makeGB18030Decoder())
        case .mixed(let offset):
            let at = position(afterUTF8: bytes[..<(bytes.count - evidence.sampleCount + offset)])
            throw .encodingsMustNotMix(path: displayName, line: at.line, column: at.column)
        }
    }

    private func makeGB18030Decoder() throws(LedgerError) -> GB18030Decoder {
        guard let decoder = GB18030Decoder() else { throw .fileMustBeReadable(path: displayName, reason: "iconv has no GB18030") }
        return decoder
    }

    /// Checks `bytes` as UTF-8 in place, keeping back a character the chunk's end cuts.
    private func decodeUTF8(_ bytes: inout [UInt8], isFinal: Bool) throws(LedgerError) {
        let cut = isFinal ? 0 : bytes.withUnsafeBufferPointer(UTF8Scan.incompleteTailLength)
        if cut > 0 {
            carried = Array(bytes.suffix(cut))
            bytes.removeLast(cut)
        }
        try accept(utf8: bytes[...])
    }

    /// Checks decoded `text` where it lies (valid UTF-8, no U+FFFD) and moves the position past it.
    /// Validated in place: `String(validating:)` copied every chunk into a String (and its
    /// megabytes of fresh pages) only to say yes.
    private func accept(utf8 text: ArraySlice<UInt8>) throws(LedgerError) {
        guard text.withUnsafeBufferPointer(UTF8Scan.isValid) else { throw notUTF8(text) }
        try refuseReplacementCharacter(text)
        advance(overUTF8: text)
    }

    /// Where `text` (expected UTF-8, found not to be) stops being UTF-8, as the error to throw: a
    /// mix of encodings when the encoding was chosen from the file, else text that does not decode.
    private func notUTF8(_ text: ArraySlice<UInt8>) -> LedgerError {
        let bad = UTF8Scan.firstInvalidOffset(text) ?? 0
        let at = position(afterUTF8: text[text.startIndex..<(text.startIndex + bad)])
        if asked == .automatic {
            return .encodingsMustNotMix(path: displayName, line: at.line, column: at.column)
        }
        return .textMustDecode(path: displayName, line: at.line, column: at.column, encoding: "UTF-8")
    }

    private func decodeGB18030(_ bytes: [UInt8], decoder: GB18030Decoder, isFinal: Bool) throws(LedgerError) -> [UInt8] {
        if asked == .automatic {
            // A later stretch in UTF-8 (rows appended from another program) is a mix, not GB18030.
            let evidence = EncodingEvidence(bytes[...], isFinal: isFinal)
            if evidence.utf8Runs > 0, case .utf8 = evidence.verdict, let offset = evidence.firstUTF8RunOffset {
                let at = position(afterGB18030: bytes[..<offset])
                throw .encodingsMustNotMix(path: displayName, line: at.line, column: at.column)
            }
            if case .mixed = evidence.verdict, evidence.utf8Runs >= evidence.invalidRuns, let offset = evidence.firstUTF8RunOffset {
                let at = position(afterGB18030: bytes[..<offset])
                throw .encodingsMustNotMix(path: displayName, line: at.line, column: at.column)
            }
        }
        let (output, failed) = decoder.decodeReportingFailure(bytes[...], isFinal: isFinal)
        if failed {
            let at = position(afterUTF8: output[...])
            throw .textMustDecode(path: displayName, line: at.line, column: at.column, encoding: "GB18030")
        }
        try refuseReplacementCharacter(output[...])
        advance(overUTF8: output[...])
        return output
    }

    private func refuseReplacementCharacter(_ output: ArraySlice<UInt8>) throws(LedgerError) {
        guard let offset = UTF8Scan.replacementCharacterOffset(output) else { return }
        let at = position(afterUTF8: output[output.startIndex..<(output.startIndex + offset)])
        throw .textMustNotHoldReplacementCharacter(path: displayName, line: at.line, column: at.column)
    }

    // MARK: Where the text is

    private func advance(overUTF8 text: ArraySlice<UInt8>) {
        (line, column) = position(afterUTF8: text)
    }

    /// The line and column just past valid UTF-8 `text` that follows the current position.
    private func position(afterUTF8 text: ArraySlice<UInt8>) -> (line: Int, column: Int) {
        text.withUnsafeBufferPointer { buffer in
            // Two branch-free counts the compiler vectorises (every chunk of an import passes here):
            // the line ends, then the characters (bytes that do not continue one) after the last.
            guard let lastLineEnd = buffer.lastIndex(of: 0x0A) else {
                return (line, column + Self.characterCount(UnsafeBufferPointer(rebasing: buffer[...])))
            }
            var lineEnds = 0
            for byte in buffer { lineEnds &+= byte == 0x0A ? 1 : 0 }
            return (line + lineEnds, 1 + Self.characterCount(UnsafeBufferPointer(rebasing: buffer[(lastLineEnd + 1)...])))
        }
    }

    /// The characters in valid UTF-8 `bytes`: the bytes that are not continuation bytes.
    private static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes { count &+= byte & 0xC0 != 0x80 ? 1 : 0 }
        return count
    }

    /// The same past GB18030 bytes: a byte below 0x80 is a character, a lead byte starts a two-byte
    /// character or, with a digit second, a four-byte one.
    private func position(afterGB18030 text: ArraySlice<UInt8>) -> (line: Int, column: Int) {
        var line = self.line
        var column = self.column
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == 0x0A { line += 1; column = 1; index += 1; continue }
            column += 1
            if byte < 0x80 { index += 1; continue }
            let second = index + 1 < text.endIndex ? text[index + 1] : 0
            index += (0x30...0x39).contains(second) ? 4 : 2
        }
        return (line, column)
    }
}

/// What a stretch of bytes says about its encoding, counted over runs of non-ASCII bytes: a run that
/// is valid UTF-8 holding a three- or four-byte character is UTF-8 Chinese (GBK text forms one only
/// by rare accident); a run that is not valid UTF-8 is GBK/GB18030.
struct EncodingEvidence {
    enum Verdict { case utf8, gb18030, mixed(offset: Int) }

    /// Runs that are valid UTF-8 and hold a three- or four-byte character. Counted one by one
    /// only when some run is invalid, where the verdict weighs the two counts; when none is, the
    /// stretch was validated whole and this is 1 if there is such a run at all, else 0.
    private(set) var utf8Runs = 0
    private(set) var invalidRuns = 0
    private(set) var firstUTF8RunOffset: Int?
    private(set) var firstInvalidRunOffset: Int?
    private(set) var hasCompleteRun = false
    let sampleCount: Int

    /// - Parameter isFinal: false when a run touching the end may continue in the next chunk (it is ignored).
    /// - Parameter validatingWholeFirst: false counts run by run even when all are valid (for the
    ///   tests, which hold the two ways to the same evidence).
    init(_ bytes: ArraySlice<UInt8>, isFinal: Bool, validatingWholeFirst: Bool = true) {
        if validatingWholeFirst, let valid = Self.allValid(bytes, isFinal: isFinal) {
            self = valid
            return
        }
        sampleCount = bytes.count
        // Over the contiguous bytes: through the slice's checked indices the scan of a file's first
        // chunk (4 MiB) cost ≈ 20 instructions a byte, once per import.
        var evidence = (utf8Runs: 0, invalidRuns: 0, firstUTF8: Int?.none, firstInvalid: Int?.none, complete: false)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                guard buffer[index] >= 0x80 else { index += 1; continue }
                let start = index
                var holdsLongSequence = false   // a lead byte of three or four: what GBK rarely forms
                while index < buffer.count, buffer[index] >= 0x80 {
                    if buffer[index] >= 0xE0 { holdsLongSequence = true }
                    index += 1
                }
                if index == buffer.count && !isFinal { break }
                evidence.complete = true
                let run = UnsafeBufferPointer(rebasing: buffer[start..<index])
                if (try? UTF8Span(validating: run.span)) != nil {   // validated in place, no String made
                    if holdsLongSequence {
                        evidence.utf8Runs += 1
                        if evidence.firstUTF8 == nil { evidence.firstUTF8 = start }
                    }
                } else {
                    evidence.invalidRuns += 1
                    if evidence.firstInvalid == nil { evidence.firstInvalid = start }
                }
            }
        }
        utf8Runs = evidence.utf8Runs
        invalidRuns = evidence.invalidRuns
        firstUTF8RunOffset = evidence.firstUTF8
        firstInvalidRunOffset = evidence.firstInvalid
        hasCompleteRun = evidence.complete
    }

    /// The evidence when no run is invalid, from one validation of the whole stretch (a file's
    /// first 4 MiB: run by run, 14 instructions a byte); nil when some run is, to be counted.
    /// The stretch is valid exactly when every run is: a character's bytes are all non-ASCII.
    private static func allValid(_ bytes: ArraySlice<UInt8>, isFinal: Bool) -> EncodingEvidence? {
        bytes.withUnsafeBufferPointer { buffer -> EncodingEvidence? in
            // A run touching the end of a chunk that is not the last may go on in the next: left out.
            var end = buffer.count
            if !isFinal { while end > 0, buffer[end - 1] >= 0x80 { end -= 1 } }
            let counted = UnsafeBufferPointer(rebasing: buffer[..<end])
            guard UTF8Scan.isValid(counted) else { return nil }
            var evidence = EncodingEvidence(sampleCount: bytes.count)
            guard let firstRun = counted.firstIndex(where: { $0 >= 0x80 }) else { return evidence }
            evidence.hasCompleteRun = true
            if var start = counted[firstRun...].firstIndex(where: { $0 >= 0xE0 }) {
                while start > 0, counted[start - 1] >= 0x80 { start -= 1 }
                evidence.utf8Runs = 1
                evidence.firstUTF8RunOffset = start
            }
            return evidence
        }
    }

    private init(sampleCount: Int) {
        self.sampleCount = sampleCount
    }

    /// UTF-8 when nothing is invalid; GB18030 when no run looks like UTF-8 or such runs are rare
    /// accidents among many GBK ones; otherwise a mix, at the first run of the minority encoding.
    var verdict: Verdict {
        if invalidRuns == 0 { return .utf8 }
        if utf8Runs == 0 || utf8Runs * 20 < invalidRuns { return .gb18030 }
        if utf8Runs >= invalidRuns { return .mixed(offset: firstInvalidRunOffset ?? 0) }
        return .mixed(offset: firstUTF8RunOffset ?? 0)
    }
}
