import LedgerCore
extension JournalChain {
    /// Writes the canonical encoding field by field into one reusable buffer: numbers as decimal
    /// digits without making Strings, so the posting path can encode a voucher straight from its
    /// draft (`canonicalBytes` writes an `Entry` through the same calls, so both agree byte for byte).
    public struct Writer {
        /// The encoding so far is `storage[..<count]`; past it is room already made.
        @usableFromInline var storage: [UInt8] = []
        @usableFromInline var count = 0

        public init() {}

        /// The encoding so far (a copy).
        public var bytes: [UInt8] { Array(storage[..<count]) }

        /// Empties the writer, keeping its room for the next voucher.
        public mutating func reset() { count = 0 }

        /// The encoding so far, read in place.
        public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }

        /// Room for `size` more bytes made once, then `body` writes its fields through a cursor
        /// that checks only that it stays inside that room: one uniqueness check for a voucher's
        /// header or a posting line instead of one a field (≈ 5% of verify's CPU).
        @inlinable
        mutating func writing(atMost size: Int, _ body: (inout Cursor) -> Void) {
            let end = count + size
            if end > storage.count { makeRoom(for: end) }
            let start = count
            count = storage.withUnsafeMutableBytes { raw in
                // Nil only for an empty array, and the room just made is at least 256 bytes.
                guard let base = raw.baseAddress else { return start }
                var cursor = Cursor(base: base, position: start, end: end)
                body(&cursor)
                return cursor.position
            }
        }

        /// At least `size` bytes of room, doubling (a voucher's encoding is a few hundred bytes).
        @usableFromInline
        mutating func makeRoom(for size: Int) {
            storage.append(contentsOf: repeatElement(0, count: max(size, 2 * storage.count, 256) - storage.count))
        }

        /// One separator byte after what is there.
        @inlinable
        mutating func write(_ byte: UInt8) {
            writing(atMost: 1) { $0.byte(byte) }
        }

        @inlinable
        public mutating func field<Text: ChainText>(_ text: Text) {
            writing(atMost: text.chainByteCount + 1) { $0.field(text) }
        }

        @inlinable
        public mutating func field(_ number: Int64) {
            writing(atMost: Cursor.numberFieldBytes) { $0.field(number) }
        }

        @inlinable
        public mutating func header<Text: ChainText>(version: Version, id: Int64, organisation: String, date: Text, number: Int,
                                                     kind: Text, reverses: Int64?, summary: Text, preparedBy: Text, postedAt: Text,
                                                     source: Text, externalReference: Text, attachments: Int, fund: Text,
                                                     approval: ApprovalFields<Text>?) {
            var texts = version.tag.utf8.count + organisation.utf8.count + date.chainByteCount + kind.chainByteCount
                + summary.chainByteCount + preparedBy.chainByteCount + postedAt.chainByteCount + source.chainByteCount
                + externalReference.chainByteCount + fund.chainByteCount + "approved".utf8.count
            if let approval {
                texts += approval.preparedBy.chainByteCount + approval.reviewedBy.chainByteCount + approval.reviewedAt.chainByteCount
                    + approval.singleOperator.chainByteCount + approval.signoffBy.chainByteCount + approval.signoffDate.chainByteCount
                    + approval.decisionReference.chainByteCount + approval.decisionDate.chainByteCount
            }
            // Four numbers at most, each with its separator; a separator for each of 21 other fields.
            writing(atMost: texts + 4 * Cursor.numberFieldBytes + 21) { cursor in
                cursor.field(version.tag)
                cursor.field(id)
                cursor.field(organisation)
                cursor.field(date)
                cursor.field(Int64(number))
                cursor.field(kind)
                // Absent values are encoded as empty fields (true optionals, not defaults for bad data).
                if let reverses { cursor.field(reverses) } else { cursor.byte(0x1F) }
                cursor.field(summary)
                cursor.field(preparedBy)
                cursor.field(postedAt)
                cursor.field(source)
                cursor.field(externalReference)
                guard version != .v1 else { return }
                cursor.field(Int64(attachments))
                cursor.field(fund)
                if let approval {
                    cursor.field("approved")
                    cursor.field(approval.preparedBy)
                    cursor.field(approval.reviewedBy)
                    cursor.field(approval.reviewedAt)
                    cursor.field(approval.singleOperator)
                    cursor.field(approval.signoffBy)
                    cursor.field(approval.signoffDate)
                    cursor.field(approval.decisionReference)
                    cursor.field(approval.decisionDate)
                } else {
                    for _ in 0..<9 { cursor.byte(0x1F) }
                }
            }
        }

        @inlinable
        public mutating func line<Code: ChainText, Text: ChainText>(version: Version, code: Code, side: Text, amountFen: Int64,
                                                                    memo: Text, budgetLine: Text?, counterparty: Text?) {
            let texts = code.chainByteCount + side.chainByteCount + memo.chainByteCount
                + (budgetLine?.chainByteCount ?? 0) + (counterparty?.chainByteCount ?? 0)
            // The record separator, the amount with its separator, a separator for each of 5 other fields.
            writing(atMost: texts + 1 + Cursor.numberFieldBytes + 5) { cursor in
                cursor.byte(0x1E)
                cursor.field(code)
                cursor.field(side)
                cursor.field(amountFen)
                cursor.field(memo)
                if version == .v3 {
                    // An absent dimension is an empty field.
                    if let budgetLine { cursor.field(budgetLine) } else { cursor.byte(0x1F) }
                    if let counterparty { cursor.field(counterparty) } else { cursor.byte(0x1F) }
                }
            }
        }

        /// Where the fields go inside the room `writing` made. Writing past `end` stops the
        /// program (a bound worked out wrong), never memory beyond the buffer.
        public struct Cursor {
            /// A sign, 19 digits and the separator.
            @usableFromInline static let numberFieldBytes = 21
            @usableFromInline let base: UnsafeMutableRawPointer
            @usableFromInline var position: Int
            @usableFromInline let end: Int

            @usableFromInline
            init(base: UnsafeMutableRawPointer, position: Int, end: Int) {
                self.base = base
                self.position = position
                self.end = end
            }

            @inlinable
            mutating func byte(_ byte: UInt8) {
                precondition(position < end, "journal chain encoding outgrew its room")
                base.storeBytes(of: byte, toByteOffset: position, as: UInt8.self)
                position += 1
            }

            /// The text's bytes, then the unit separator.
            @inlinable
            mutating func field<Text: ChainText>(_ text: Text) {
                text.withChainBytes { source in
                    precondition(source.count < end - position, "journal chain encoding outgrew its room")
                    if let from = source.baseAddress, source.count > 0 {
                        (base + position).copyMemory(from: from, byteCount: source.count)
                    }
                    position += source.count
                }
                byte(0x1F)
            }

            /// The number as `String(number)` spells it, then the unit separator.
            @inlinable
            mutating func field(_ number: Int64) {
                number.withDecimalDigits { written in
                    precondition(written.count < end - position, "journal chain encoding outgrew its room")
                    if let from = written.baseAddress { (base + position).copyMemory(from: from, byteCount: written.count) }
                    position += written.count
                }
                byte(0x1F)
            }
        }
    }
}

/// A field's text as the chain hashes it: its UTF-8 bytes, as they are.
public protocol ChainText {
    func withChainBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
    /// How many bytes `withChainBytes` hands over.
    var chainByteCount: Int { get }
}

extension String: ChainText {
    @inlinable public func withChainBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        // Read in place (`withUTF8Bytes`): a copy to call the mutating `withUTF8` cost a retain
        // and a release per text, fifteen a voucher.
        try withUTF8Bytes { try body(UnsafeRawBufferPointer($0)) }
    }

    @inlinable public var chainByteCount: Int { utf8.count }
}

/// Text as SQLite holds it (`sqlite3_column_text`): hashed without making a String, and byte for
/// byte as stored (a String would repair invalid UTF-8 before hashing it).
extension UnsafeBufferPointer: ChainText where Element == UInt8 {
    @inlinable public func withChainBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(self))
    }

    @inlinable public var chainByteCount: Int { count }
}
