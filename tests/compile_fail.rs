//! Misuse that must not compile: each file in `tests/compile_fail/` is a
//! mistake a merchant could make, with the compiler's refusal beside it
//! (`TRYBUILD=overwrite cargo test --test compile_fail` rewrites them after a
//! deliberate change).

#[test]
fn misuse_does_not_compile() {
    trybuild::TestCases::new().compile_fail("tests/compile_fail/*.rs");
}
