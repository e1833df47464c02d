/// The one place the version is written: `gonghui --version`, and `scripts/dist` names the
/// tarball after it (it reads the string literal below).
enum GonghuiVersion {
    static let current = "0.9.0"
}
