//! Compiles `openapi/sandbox-controls.yaml` (the controls every sandbox
//! serves) into types and a client, with `pesa-codegen`'s
//! `apis::SANDBOX_CONTROLS` settings.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::SANDBOX_CONTROLS, "controls");
}
