//! Rebuild when the embedded knowledge, UI strings or migrations change:
//! the binary carries copies of all three.
fn main() {
    for dir in ["knowledge", "locales", "migrations"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
