import LedgerCore
import UnionCore
import UnionStores

/// Organisations as a user names them in `--unit`, `--parent` and the like: the code in any
/// letter case, or the exact registered name. A code as registered is looked up alone; otherwise
/// the register is read once, on the first name that needs it (a federation's holds tens of
/// thousands of units), however many options a command resolves.
final class OrganisationNames {
    private let stores: any UnionStores
    private var register: [(code: String, name: String)]?

    init(_ stores: any UnionStores) { self.stores = stores }

    /// The registered code `text` names; text that names no organisation comes back as it is, so
    /// the command's own "not registered" message shows what was typed.
    /// - Throws: `LedgerError.organisationNameMustBeUnique` when several organisations fit.
    func code(_ text: String?) throws -> String? {
        guard let text else { return nil }
        // A code as registered wins over every other reading, so it needs no register.
        if register == nil, try stores.organisations.isRegistered(code: OrganisationReference.exactCode(text)) {
            return OrganisationReference.exactCode(text)
        }
        if register == nil { register = try stores.organisations.organisations().map { ($0.code, $0.name) } }
        return try OrganisationReference.code(for: text, among: register ?? []) ?? text
    }
}

extension GlobalOptions {
    /// One organisation named in an option (see `OrganisationNames`).
    func organisationCode(_ text: String?, in stores: any UnionStores) throws -> String? {
        try OrganisationNames(stores).code(text)
    }
}
