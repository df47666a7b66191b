//! # pesa-codegen
//!
//! Turns a hand-written OpenAPI 3.0 contract into Rust, with one set of
//! settings per API ([`Api`]), so that a crate's `build.rs` (which compiles
//! its client) and `cargo xtask regen` (which writes the review copy)
//! cannot diverge.
//!
//! The output is one Rust file:
//! - `servers`: the base URL of each environment, read from the spec's
//!   `servers` (each tagged with `x-environment`);
//! - `paths`: the path of each operation, by operationId;
//! - `fields`: the wire name of each property of each object schema;
//! - `headers`: the name of each header of a security scheme or parameter;
//! - `open_enums`: one enum per open-enum schema (see [`open_enum_values`]),
//!   with an `Unknown(String)` variant;
//! - the progenitor client (builder interface) and its `types`; for a client
//!   driven by `pesa_core::call` ([`Api::client_state`]), generated from
//!   [`rust_view`] (success answers only: the call path reads every error
//!   answer itself), with hooks expected and `pesa_core::Operation`
//!   implemented for every builder;
//! - `parameters`: the path and query parameters of each operation, as a
//!   server reads them;
//! - the identifiers' `Display` and `parse` (naming their field).
//!
//! The crate includes the file inside the module [`Api::module`] names,
//! since the open enums are named from there.

#![warn(clippy::pedantic)]

pub mod apis;
mod enums;
mod external;
mod items;
mod operations;
mod views;

use std::path::Path;

use openapiv3::OpenAPI;
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TypeImpl};
use quote::quote;

pub use enums::open_enum_values;
pub use items::SERVER_ENVIRONMENT;
pub use operations::RETRY_SAFE;
pub use views::{BROWSER_PAGE, client_view, rust_view};

/// An error while reading or compiling a spec.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// How one API's contract becomes Rust.
#[derive(Debug, Clone, Copy)]
pub struct Api<'a> {
    /// The contract, a YAML file, relative to the crate (`openapi/x.yaml`).
    pub spec: &'a str,
    /// The module the crate includes the generated file in
    /// (`crate::generated`).
    pub module: &'a str,
    /// The generated client's inner type when `pesa_core::call` drives it
    /// (hooks expected, `pesa_core::Operation` for each builder); `None` for
    /// a plain progenitor client (a sandbox's controls).
    pub client_state: Option<&'a str>,
    /// Schemas replaced by hand-written types: (schema, Rust type).
    pub replacements: &'a [(&'a str, &'a str)],
    /// Other specs this one refers to (`$ref: "../x.yaml#/components/schemas/Bill"`),
    /// each with the Rust module of its generated types (`::ihela::types`).
    pub external: &'a [(&'a str, &'a str)],
    /// Header parameters that every call of a client sends with the same
    /// value (MoMo's `X-Target-Environment`): the client's session carries
    /// them, and the generated builders leave them out ([`rust_view`]).
    pub session_headers: &'a [&'a str],
}

/// A spec, read and ready to generate from.
pub struct Loaded<'a> {
    api: Api<'a>,
    spec: OpenAPI,
    /// Replacements of the schemas of other specs.
    external: Vec<(String, String)>,
}

impl Loaded<'_> {
    /// The spec, its external references pointed at placeholders.
    #[must_use]
    pub fn spec(&self) -> &OpenAPI {
        &self.spec
    }
}

/// Reads the spec of `api` from the crate at `root`.
///
/// # Errors
/// When the file cannot be read, is not an OpenAPI 3.0 document, or refers
/// to a spec `api` does not know.
pub fn load<'a>(api: Api<'a>, root: &Path) -> Result<Loaded<'a>, Error> {
    let path = root.join(api.spec);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut value: serde_json::Value =
        serde_yaml::from_str(&text).map_err(|e| format!("{} is not YAML: {e}", path.display()))?;
    let external = external::resolve(&mut value, api.external)?;
    inline_callback_refs(&mut value);
    let spec = serde_json::from_value(value)
        .map_err(|e| format!("{} is not a valid OpenAPI 3.0 document: {e}", path.display()))?;
    Ok(Loaded { api, spec, external })
}

/// Puts each callback given by reference (`callbacks: {result: {$ref:
/// "#/components/callbacks/result"}}`, valid OpenAPI that keeps a spec from
/// repeating one callback on every operation) in its place: the `openapiv3`
/// crate reads callbacks inline only.
fn inline_callback_refs(spec: &mut serde_json::Value) {
    let components = spec.pointer("/components/callbacks").cloned().unwrap_or_default();
    let Some(paths) = spec.get_mut("paths").and_then(serde_json::Value::as_object_mut) else {
        return;
    };
    let operations = paths
        .values_mut()
        .filter_map(serde_json::Value::as_object_mut)
        .flat_map(|item| item.values_mut());
    for callbacks in operations.filter_map(|operation| operation.get_mut("callbacks")?.as_object_mut()) {
        for callback in callbacks.values_mut() {
            let target = callback
                .get("$ref")
                .and_then(serde_json::Value::as_str)
                .and_then(|reference| reference.strip_prefix("#/components/callbacks/"))
                .and_then(|name| components.get(name));
            if let Some(target) = target {
                *callback = target.clone();
            }
        }
    }
}

/// Generates the whole Rust file for a loaded spec, formatted.
///
/// # Errors
/// When a server has no environment, or progenitor refuses the spec.
pub fn generate(loaded: &Loaded<'_>) -> Result<String, Error> {
    let spec = &loaded.spec;
    let servers = items::servers(spec)?;
    let paths = items::paths(spec);
    let fields = items::field_names(spec);
    let headers = items::header_names(spec);
    let open_enums = enums::open_enums(spec);
    let client = match loaded.api.client_state {
        Some(_) => {
            let view = rust_view(spec, loaded.api.session_headers);
            let client = Generator::new(&settings(loaded)).generate_tokens(&view)?;
            let operations = operations::operation_impls(&view)?;
            quote! { #client #operations }
        }
        None => Generator::new(&settings(loaded)).generate_tokens(&client_view(spec))?,
    };
    let parameters = operations::parameter_structs(spec, &replacements(loaded))?;
    let identifiers = items::identifiers(spec, &replaced(loaded));
    let file = quote! {
        #servers
        #paths
        #fields
        #headers
        #open_enums
        #client
        #parameters
        #identifiers
    };
    let mut syntax: syn::File = syn::parse2(file)?;
    let mut trimmed = Trimmed {
        answers_without_headers: loaded.api.client_state.is_some(),
    };
    syn::visit_mut::VisitMut::visit_file_mut(&mut trimmed, &mut syntax);
    Ok(format!("{}{}", header(loaded), prettyplease::unparse(&syntax)))
}

/// What the generated client does that no caller needs, taken out:
///
/// - progenitor's `api-version` header on every request: no contract of
///   this workspace has one, and adding it only for the `pre` hook to take
///   it off again cost each call a header name, a map insertion and a
///   removal;
/// - for a client driven by `pesa_core::call` (`answers_without_headers`),
///   the copy of a success answer's headers in its `ResponseValue`: the
///   call path reads only its status and body, and the copy cost each call
///   a map's allocation, its entries' clones and their drop
///   (`pesa_core::answer_value` and `empty_answer` read the answer instead).
struct Trimmed {
    answers_without_headers: bool,
}

impl syn::visit_mut::VisitMut for Trimmed {
    fn visit_expr_path_mut(&mut self, path: &mut syn::ExprPath) {
        let names: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
        if self.answers_without_headers && names.len() >= 2 && names[names.len() - 2] == "ResponseValue" {
            match names[names.len() - 1].as_str() {
                "from_response" => *path = syn::parse_quote!(::pesa_core::answer_value),
                "empty" => *path = syn::parse_quote!(::pesa_core::empty_answer),
                _ => {}
            }
        }
        syn::visit_mut::visit_expr_path_mut(self, path);
    }

    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        block.stmts.retain(|statement| {
            let syn::Stmt::Expr(syn::Expr::MethodCall(call), _) = statement else {
                return true;
            };
            let adds_api_version = call.method == "append"
                && call
                    .args
                    .first()
                    .is_some_and(|name| quote!(#name).to_string().contains("\"api-version\""));
            !adds_api_version
        });
        syn::visit_mut::visit_block_mut(self, block);
    }

    /// The header map an operation without header parameters no longer
    /// adds to: its `mut` is allowed.
    fn visit_local_mut(&mut self, local: &mut syn::Local) {
        if let syn::Pat::Ident(binding) = &local.pat
            && binding.ident == "header_map"
            && binding.mutability.is_some()
        {
            local.attrs.push(syn::parse_quote!(#[allow(unused_mut)]));
        }
        syn::visit_mut::visit_local_mut(self, local);
    }
}

/// Generates the typed httpmock matchers of a loaded spec (progenitor's
/// `MockServerExt`: one method per operation), for a `mock` feature.
///
/// # Errors
/// When progenitor refuses the spec.
pub fn generate_mocks(loaded: &Loaded<'_>) -> Result<String, Error> {
    let mut generator = Generator::new(&settings(loaded));
    // The matchers name the types of the module the client is generated in.
    let mocks = generator.httpmock(&client_view(&loaded.spec), loaded.api.module)?;
    let syntax: syn::File = syn::parse2(mocks)?;
    Ok(format!("{}{}", header(loaded), prettyplease::unparse(&syntax)))
}

/// What a crate's `build.rs` does with its spec: writes the generated file
/// `<name>.rs` into `OUT_DIR` and, when the crate's `mock` feature is on,
/// its typed httpmock matchers `<name>_mock.rs`; Cargo reruns it when
/// `openapi/` changes.
///
/// # Panics
/// When the spec cannot be read or compiled, or `OUT_DIR` written: a build
/// script has no other way to fail.
pub fn build(api: Api<'_>, name: &str) {
    println!("cargo:rerun-if-changed=openapi");
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let spec = load(api, Path::new(&root)).unwrap_or_else(|e| panic!("{e}"));
    let write = |file: String, code: Result<String, Error>| {
        let path = Path::new(&out).join(file);
        let code = code.unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    };
    write(format!("{name}.rs"), generate(&spec));
    if std::env::var_os("CARGO_FEATURE_MOCK").is_some() {
        write(format!("{name}_mock.rs"), generate_mocks(&spec));
    }
}

/// Renders a YAML spec as pretty JSON, complete on its own: the schemas it
/// uses from another spec are copied in (the bundled copy other teams may
/// prefer, and what a sandbox reads its contract from).
///
/// # Errors
/// When a file cannot be read or is not YAML, or a reference to another
/// spec cannot be followed.
pub fn bundle_json(spec_yaml: &Path) -> Result<String, Error> {
    let text = std::fs::read_to_string(spec_yaml)?;
    let mut value: serde_json::Value = serde_yaml::from_str(&text)?;
    external::bundle(&mut value, spec_yaml.parent().unwrap_or(Path::new(".")))?;
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

/// The first lines of a generated file.
fn header(loaded: &Loaded<'_>) -> String {
    format!(
        "// Generated from {} by pesa-codegen. Do not edit:\n// edit the spec and run `cargo xtask regen`.\n\n",
        loaded.api.spec
    )
}

/// Every schema replaced by a type of another spec or written by hand.
fn replaced(loaded: &Loaded<'_>) -> Vec<String> {
    replacements(loaded).into_iter().map(|(schema, _)| schema).collect()
}

/// Every schema generated as another type than typify's: (schema, Rust
/// path): the API's replacements, the other specs' types, the open enums.
fn replacements(loaded: &Loaded<'_>) -> Vec<(String, String)> {
    let own = loaded
        .api
        .replacements
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()));
    let mine = |name: &str| loaded.api.replacements.iter().any(|(schema, _)| *schema == name);
    // An open enum the API replaces (by another contract's) is not its own.
    let open = enums::open_enum_schemas(&loaded.spec)
        .filter(|(name, _)| !mine(name))
        .map(|(name, _)| (name.to_owned(), format!("{}::open_enums::{name}", loaded.api.module)));
    own.chain(loaded.external.iter().cloned()).chain(open).collect()
}

/// The progenitor settings of an API, for its client and its mocks.
fn settings(loaded: &Loaded<'_>) -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings.with_interface(InterfaceStyle::Builder);
    if let Some(state) = loaded.api.client_state {
        let state: proc_macro2::TokenStream = state.parse().unwrap_or_else(|_| quote!(()));
        settings.with_hooks(HooksMode::Expected).with_inner_type(state);
    }
    let open = enums::open_enum_schemas(&loaded.spec)
        .map(|(name, _)| name.to_owned())
        .collect::<Vec<_>>();
    for (schema, rust) in replacements(loaded) {
        let display = open.contains(&schema).then_some(TypeImpl::Display);
        settings.with_replacement(schema, rust, display.into_iter());
    }
    settings
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use openapiv3::{SchemaKind, Type};

    use super::*;

    const MINIMAL: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
servers:
  - url: https://test.example/
    x-environment: test
paths: {}
components:
  schemas:
    Colour:
      description: A colour.
      anyOf:
        - type: string
          enum: [Red, dark-blue]
        - type: string
"#;

    fn spec(yaml: &str) -> OpenAPI {
        serde_yaml::from_str(yaml).unwrap()
    }

    #[test]
    fn servers_become_constants_without_trailing_slash() {
        let code = items::servers(&spec(MINIMAL)).unwrap().to_string();
        assert!(code.contains("pub const TEST"), "{code}");
        assert!(code.contains("\"https://test.example\""), "{code}");
        let unnamed = MINIMAL.replace("    x-environment: test\n", "");
        assert!(items::servers(&spec(&unnamed)).is_err());
    }

    #[test]
    fn a_server_with_variables_gives_their_values_and_a_url_to_fill() {
        let templated = MINIMAL.replace(
            "  - url: https://test.example/\n    x-environment: test\n",
            "  - url: https://test.example/{stage}/v2/{market}\n    x-environment: test\n    variables:\n      stage: {enum: [sandbox, live], default: sandbox}\n      market: {enum: [vodacomTZN], default: vodacomTZN}\n",
        );
        let code = items::servers(&spec(&templated)).unwrap().to_string();
        assert!(code.contains("\"https://test.example/{stage}/v2/{market}\""), "{code}");
        assert!(code.contains("pub mod test"), "{code}");
        assert!(
            code.contains("pub const VODACOM_TZN : & str = \"vodacomTZN\""),
            "{code}"
        );
        assert!(code.contains("pub fn url (stage : & str , market : & str)"), "{code}");
    }

    #[test]
    fn a_path_with_servers_of_its_own_gives_their_urls() {
        let ported = MINIMAL.replace(
            "paths: {}\n",
            "paths:\n  /c2b/:\n    servers:\n      - url: https://test.example:18352/\n    post:\n      operationId: c2b_payment\n      responses: {\"200\": {description: ok}}\n  /status/:\n    get:\n      operationId: status\n      responses: {\"200\": {description: ok}}\n",
        );
        let code = items::paths(&spec(&ported)).to_string();
        assert!(
            code.contains("pub const C2B_PAYMENT_SERVERS : & [& str] = & [\"https://test.example:18352\"]"),
            "{code}"
        );
        assert!(
            !code.contains("STATUS_SERVERS"),
            "a path on the spec's servers has none of its own: {code}"
        );
    }

    #[test]
    fn open_enums_get_known_variants_and_unknown() {
        let code = enums::open_enums(&spec(MINIMAL)).to_string();
        for expected in [
            "pub enum Colour",
            "Red",
            "DarkBlue",
            "\"dark-blue\"",
            "Unknown (String)",
        ] {
            assert!(code.contains(expected), "missing {expected} in {code}");
        }
    }

    #[test]
    fn only_the_open_enum_shape_is_an_open_enum() {
        for (what, yaml) in [
            (
                "a closed enum",
                MINIMAL.trim_end_matches("        - type: string\n").to_owned(),
            ),
            (
                "no listed values",
                MINIMAL.replace("          enum: [Red, dark-blue]\n", ""),
            ),
            (
                "a non-string",
                MINIMAL.replace(
                    "        - type: string\n          enum",
                    "        - type: integer\n          enum",
                ),
            ),
        ] {
            let code = enums::open_enums(&spec(&yaml)).to_string();
            assert!(!code.contains("Colour"), "{what} became an open enum: {code}");
        }
    }

    fn workspace() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
    }

    #[test]
    fn every_property_of_every_contract_is_described() {
        for (dir, api) in apis::ALL {
            let loaded = load(*api, &workspace().join(dir)).unwrap();
            let mut bare = Vec::new();
            for (name, schema) in loaded.spec().components.iter().flat_map(|c| c.schemas.iter()) {
                let Some(SchemaKind::Type(Type::Object(object))) = schema.as_item().map(|s| &s.schema_kind) else {
                    continue;
                };
                for (property, value) in &object.properties {
                    // A bare `$ref` cannot carry a description (OpenAPI 3.0 ignores
                    // its siblings): the property needs `allOf: [$ref]` beside one.
                    if value
                        .as_item()
                        .and_then(|s| s.schema_data.description.as_ref())
                        .is_none()
                    {
                        bare.push(format!("{name}.{property}"));
                    }
                }
            }
            assert!(
                bare.is_empty(),
                "{}: properties without a description: {bare:?}",
                api.spec
            );
        }
    }

    #[test]
    fn the_ihela_contract_generates_a_client_the_call_path_drives() {
        let loaded = load(apis::IHELA, &workspace().join("ihela")).unwrap();
        let code = generate(&loaded).unwrap();
        assert!(code.contains("pub enum BillStatus"));
        assert!(code.contains("::rust_decimal::Decimal"));
        assert!(!code.contains("f64"), "no floating point in the generated code");
        for (builder, retry_safe) in [("ListBanks", true), ("VerifyBill", true), ("CashIn", false)] {
            let implemented = format!("impl ::pesa_core::Operation for builder::{builder}<'_>");
            let at = code
                .find(&implemented)
                .unwrap_or_else(|| panic!("{implemented} is missing"));
            let flag = format!("const RETRY_SAFE: bool = {retry_safe};");
            assert!(
                code[at..].split("impl ").nth(1).unwrap().contains(&flag),
                "{builder}: {flag}"
            );
        }
        assert!(
            !code.contains("Error<types::"),
            "error answers are left to the call path"
        );
        assert!(
            code.contains("pub struct LookupCustomer"),
            "the parameters of lookup_customer"
        );
    }

    #[test]
    fn no_operation_of_any_spec_takes_two_parties_tokens() {
        // A generated client that holds both tokens sends either: an
        // operation that takes one or the other lets it send the wrong one.
        let specs = apis::ALL
            .iter()
            .map(|(dir, api)| workspace().join(dir).join(api.spec))
            .chain(
                apis::DOCUMENTS
                    .iter()
                    .map(|(dir, spec)| workspace().join(dir).join(spec)),
            );
        for path in specs {
            let mut bundled: serde_json::Value = serde_json::from_str(&bundle_json(&path).unwrap()).unwrap();
            inline_callback_refs(&mut bundled);
            let spec: OpenAPI = serde_json::from_value(bundled).unwrap();
            let schemes = spec
                .components
                .as_ref()
                .map(|c| c.security_schemes.clone())
                .unwrap_or_default();
            // Bearer tokens: oauth2, or HTTP `bearer` (Basic credentials are no token).
            let is_token = |name: &String| {
                matches!(
                    schemes.get(name).and_then(openapiv3::ReferenceOr::as_item),
                    Some(openapiv3::SecurityScheme::OAuth2 { .. })
                ) || matches!(
                    schemes.get(name).and_then(openapiv3::ReferenceOr::as_item),
                    Some(openapiv3::SecurityScheme::HTTP { scheme, .. }) if scheme.eq_ignore_ascii_case("bearer")
                )
            };
            for (route, item) in &spec.paths.paths {
                for (method, operation) in item.as_item().into_iter().flat_map(openapiv3::PathItem::iter) {
                    let security = operation.security.as_ref().or(spec.security.as_ref());
                    let requirements = security.into_iter().flatten();
                    let choices = requirements
                        .filter(|requirement| requirement.keys().any(is_token))
                        .count();
                    assert!(
                        choices <= 1,
                        "{}: {method} {route} takes {choices} kinds of token",
                        path.display()
                    );
                }
            }
        }
    }

    #[test]
    fn open_enums_take_names_and_numbers_where_the_spec_gives_them() {
        let numeric = MINIMAL.replace(
            "          enum: [Red, dark-blue]\n        - type: string\n",
            "          enum: [\"0\", \"1032\"]\n          x-enum-varnames: [Paid, CancelledByUser]\n          x-enum-descriptions: [Done., Cancelled.]\n        - type: string\n        - type: integer\n",
        );
        let code = enums::open_enums(&spec(&numeric)).to_string();
        for expected in ["Paid", "CancelledByUser", "\"`1032`: Cancelled.\"", "Number (i64)"] {
            assert!(code.contains(expected), "missing {expected} in {code}");
        }
        assert!(
            !code.contains("serialize_i64"),
            "read from numbers, written as text unless told"
        );
        let written_as_number = numeric.replace(
            "        - type: integer\n",
            "        - type: integer\n      x-serialize: integer\n",
        );
        let code = enums::open_enums(&spec(&written_as_number)).to_string();
        assert!(
            code.contains("serialize_i64"),
            "x-serialize: integer writes digits as numbers"
        );
        let plain = enums::open_enums(&spec(MINIMAL)).to_string();
        assert!(!plain.contains("Number (i64)"), "a string-only enum reads text only");
    }

    #[test]
    fn values_that_start_with_a_digit_get_a_prefix() {
        assert_eq!(enums::variant("00").to_string(), "Code00");
        assert_eq!(enums::variant("dark-blue").to_string(), "DarkBlue");
    }
}
