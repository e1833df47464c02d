import LedgerCore

/// Which sheet of an XLSX workbook an import reads (`--sheet NAME|N`): set once for a command's run,
/// read wherever the pipeline meets a workbook, so no importer's signature has to carry it.
public enum WorkbookSheet {
    /// A sheet's name or its position from 1; nil for the first sheet.
    public static var selection: String? { scope.current }
    /// Sets the selection for a call: `WorkbookSheet.scope.withValue("Sheet2") { … }`.
    public static let scope = ThreadScopedValue<String>()
}
