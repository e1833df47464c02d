import InputFiles
import Foundation
import LedgerCore

// Runs the command and maps every failure to one line on stderr and the documented exit code:
// 0 ok; 1 rule violation or failed verify; 2 bad usage or bad input; 3 storage error.
let arguments = GlobalArgumentOrder.normalised(Array(CommandLine.arguments.dropFirst()))
exit(ExitMapping.run(arguments, language: HelpLanguage.current))
