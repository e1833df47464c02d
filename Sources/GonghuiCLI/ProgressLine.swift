import Foundation
import LedgerCore
import LedgerStore
import Reporting
import Synchronization

/// Draws a long import's progress on stderr, in place (carriage return, clear to end of line), and
/// only where a person watches: stderr a terminal and no `--quiet`. Piped output never sees it.
final class ProgressLine: Sendable {
    private let state: Mutex<ProgressText>

    init(language: Language) {
        state = Mutex(ProgressText(language: language, started: Date().timeIntervalSinceReferenceDate, quietFor: Self.quietSeconds))
    }

    /// `GONGHUI_PROGRESS_AFTER` seconds (0 to 60) before the line appears, else one: tests and
    /// demonstrations see it without a long run.
    static var quietSeconds: TimeInterval {
        guard let text = ProcessInfo.processInfo.environment["GONGHUI_PROGRESS_AFTER"], let seconds = Double(text),
              (0...60).contains(seconds) else { return ProgressText.quietSeconds }
        return seconds
    }

    /// The line of this run, once installed: whatever the command prints clears it first.
    private static let shown = Mutex<ProgressLine?>(nil)

    /// The observer to install for the run, or nil when nothing may be drawn.
    static func observer(language: Language, quiet: Bool) -> (ProgressLine, @Sendable (ImportProgress.Step) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        let line = ProgressLine(language: language)
        shown.withLock { $0 = line }
        return (line, { step in line.draw(step) })
    }

    /// Clears the run's progress line, if one is drawn, before a message or a result is printed.
    static func clearShown() {
        shown.withLock { $0 }?.finish()
    }

    func draw(_ step: ImportProgress.Step) {
        let now = Date().timeIntervalSinceReferenceDate
        guard let text = state.withLock({ $0.line(vouchers: step.vouchers, rows: step.rows, now: now) }) else { return }
        FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
    }

    /// Clears the line, if one was drawn, so what the command prints next starts clean.
    func finish() {
        guard state.withLock({ $0.takeDrawn() }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
