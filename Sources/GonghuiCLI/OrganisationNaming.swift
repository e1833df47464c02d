import LedgerCore
import UnionCore
import UnionStores

extension GlobalOptions {
    /// The registered code of the organisation a user named in `--unit`, `--parent` and the like:
    /// the code in any letter case, or the exact registered name. Text that names no organisation
    /// comes back as it is, so the command's own "not registered" message shows what was typed.
    /// - Throws: `LedgerError.organisationNameMustBeUnique` when several organisations fit.
    func organisationCode(_ text: String?, in stores: any UnionStores) throws -> String? {
        guard let text else { return nil }
        let register = try stores.organisations.organisations()
        return try OrganisationReference.code(for: text, among: register.map { ($0.code, $0.name) }) ?? text
    }
}
