//! Turns the hand-written contract `openapi/ihela-merchant.yaml` into Rust.
//!
//! One function, [`generate`], holds every generation setting, so that
//! `build.rs` (which compiles the client) and `cargo xtask regen` (which
//! writes the review copy) cannot diverge.
//!
//! The output is one Rust file with three parts:
//! - `servers`: the base URL of each environment, read from the spec's
//!   `servers` (each tagged with `x-ihela-environment`);
//! - `open_enums`: one enum per open-enum schema (see [`open_enum_values`]),
//!   with an `Unknown(String)` variant so that a value the server adds later
//!   is decoded instead of refused;
//! - the progenitor client (builder interface, hooks expected, inner type
//!   `crate::auth::ClientState`) and its `types`, generated from the spec
//!   as the Rust client reads it ([`rust_view`]: success answers only; the
//!   call path reads every error answer itself);
//! - `pesa_core::Operation` for every builder: its operationId, whether it
//!   is safe to repeat, its success status and answer type, and its `send`
//!   (see [`operations`]).
//!
//! The library must include the file inside `mod generated`, since the type
//! replacements name `crate::generated::open_enums`.

#![warn(clippy::pedantic)]

use std::path::Path;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, StringType, Type};
use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TypeImpl};
use quote::{format_ident, quote};

/// The first lines of every generated file.
const HEADER: &str = "// Generated from openapi/ihela-merchant.yaml by ihela-codegen. Do not edit:\n\
                      // edit the spec and run `cargo xtask regen`.\n\n";
/// The media type this crate sends and reads.
const JSON: &str = "application/json";
/// The extension that names the environment of a server entry.
pub const SERVER_ENVIRONMENT: &str = "x-ihela-environment";
/// The extension that marks an operation as a page the customer's browser
/// opens, which generated clients leave out (see [`client_view`]).
pub const BROWSER_PAGE: &str = "x-ihela-browser";

/// Schemas replaced by hand-written types, with the reason.
///
/// - `Amount`: received amounts are decimals, never `f64`.
/// - `Francs`: amounts sent, whole francs >= 1, built from integers.
/// - `PinCode`, `ClientSecret`, `AccessToken`: secrets, redacted in `Debug`.
const REPLACEMENTS: &[(&str, &str)] = &[
    ("Amount", "::rust_decimal::Decimal"),
    ("Francs", "crate::money::Francs"),
    ("PinCode", "crate::secret::Pin"),
    ("ClientSecret", "::pesa_core::Secret"),
    ("AccessToken", "::pesa_core::Secret"),
];

/// An error while reading or compiling the spec.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// Reads the YAML spec.
///
/// # Errors
/// When the file cannot be read or is not an OpenAPI 3.0 document.
pub fn load_spec(path: &Path) -> Result<OpenAPI, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let spec = serde_yaml::from_str(&text)
        .map_err(|e| format!("{} is not a valid OpenAPI 3.0 document: {e}", path.display()))?;
    Ok(spec)
}

/// Generates the whole Rust file for `spec`, formatted.
///
/// # Errors
/// When a server has no environment, or progenitor refuses the spec.
pub fn generate(spec: &OpenAPI) -> Result<String, Error> {
    let servers = servers(spec)?;
    let paths = paths(spec);
    let open_enums = open_enums(spec);
    let client = progenitor_client(spec)?;
    let displays = displays(spec);
    let file = quote! {
        #servers
        #paths
        #open_enums
        #client
        #displays
    };
    let syntax: syn::File = syn::parse2(file)?;
    let text = prettyplease::unparse(&syntax);
    Ok(format!("{HEADER}{text}"))
}

/// Generates the typed httpmock matchers of `spec` (progenitor's
/// `MockServerExt`: one method per operation), for the `mock` feature.
///
/// # Errors
/// When progenitor refuses the spec.
pub fn generate_mocks(spec: &OpenAPI) -> Result<String, Error> {
    let mut generator = Generator::new(&settings(spec));
    let mocks = generator.httpmock(&client_view(spec), "crate")?;
    let syntax: syn::File = syn::parse2(mocks)?;
    Ok(format!("{HEADER}{}", prettyplease::unparse(&syntax)))
}

/// Renders `spec` as pretty JSON (the bundled copy other teams may prefer).
///
/// # Errors
/// When the file cannot be read or is not YAML.
pub fn bundle_json(spec_yaml: &Path) -> Result<String, Error> {
    let text = std::fs::read_to_string(spec_yaml)?;
    let value: serde_json::Value = serde_yaml::from_str(&text)?;
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

/// progenitor's client for `spec` as the Rust client reads it, and
/// `pesa_core::Operation` for each of its builders.
fn progenitor_client(spec: &OpenAPI) -> Result<TokenStream, Error> {
    let view = rust_view(spec);
    let mut generator = Generator::new(&settings(spec));
    let client = generator.generate_tokens(&view)?;
    let operations = operations(&view)?;
    Ok(quote! { #client #operations })
}

/// The extension that marks an operation other than a GET as safe to send
/// twice (a read sent as POST, a token call).
pub const RETRY_SAFE: &str = "x-retry-safe";

/// [`client_view`] with only the success answers of each operation: the
/// call path (`pesa_core::call`) reads every error answer itself, with its
/// status, headers and body whatever its media type, so progenitor hands
/// them over whole (`Error::UnexpectedResponse`) instead of decoding some
/// and losing the status of others.
#[must_use]
pub fn rust_view(spec: &OpenAPI) -> OpenAPI {
    let mut view = client_view(spec);
    for (_, _, operation) in operations_of(&mut view) {
        operation.responses.default = None;
        operation
            .responses
            .responses
            .retain(|code, _| success_code(code).is_some());
    }
    view
}

/// Every operation of `spec`, with its path and method.
fn operations_of(spec: &mut OpenAPI) -> impl Iterator<Item = (&String, &'static str, &mut openapiv3::Operation)> {
    spec.paths.paths.iter_mut().flat_map(|(path, item)| {
        let item = match item {
            ReferenceOr::Item(item) => Some(item),
            ReferenceOr::Reference { .. } => None,
        };
        item.into_iter().flat_map(move |item| {
            [
                ("get", &mut item.get),
                ("put", &mut item.put),
                ("post", &mut item.post),
                ("delete", &mut item.delete),
                ("options", &mut item.options),
                ("head", &mut item.head),
                ("patch", &mut item.patch),
                ("trace", &mut item.trace),
            ]
            .into_iter()
            .filter_map(move |(method, slot)| Some((path, method, slot.as_mut()?)))
        })
    })
}

/// The status of a 2xx response code.
fn success_code(code: &openapiv3::StatusCode) -> Option<u16> {
    match code {
        openapiv3::StatusCode::Code(code) if (200..300).contains(code) => Some(*code),
        _ => None,
    }
}

/// `pesa_core::Operation` for the builder of every operation of `view`.
fn operations(view: &OpenAPI) -> Result<TokenStream, Error> {
    let mut walked = view.clone();
    let mut impls = Vec::new();
    for (path, method, operation) in operations_of(&mut walked) {
        let id = operation
            .operation_id
            .clone()
            .ok_or_else(|| format!("{method} {path} has no operationId"))?;
        let [(code, response)] = operation.responses.responses.iter().collect::<Vec<_>>()[..] else {
            return Err(format!("{id}: the Rust client takes exactly one success answer").into());
        };
        let status = success_code(code).ok_or_else(|| format!("{id}: {code} is not a success"))?;
        let answer = answer_type(&id, response, view.components.as_ref())?;
        let retry_safe = matches!(method, "get" | "head")
            || operation
                .extensions
                .get(RETRY_SAFE)
                .is_some_and(|value| value.as_bool() == Some(true));
        let builder = format_ident!("{}", id.to_upper_camel_case());
        impls.push(quote! {
            impl ::pesa_core::Operation for builder::#builder<'_> {
                const ID: &'static str = #id;
                const RETRY_SAFE: bool = #retry_safe;
                const SUCCESS: u16 = #status;
                type Answer = #answer;
                fn send(
                    self,
                ) -> impl ::std::future::Future<
                    Output = ::std::result::Result<ResponseValue<#answer>, Error>,
                > + Send {
                    builder::#builder::send(self)
                }
            }
        });
    }
    Ok(quote! { #(#impls)* })
}

/// The Rust type of a success answer: the generated type its JSON schema
/// names, or `()` for an answer without a body.
fn answer_type(
    id: &str,
    response: &ReferenceOr<openapiv3::Response>,
    components: Option<&openapiv3::Components>,
) -> Result<TokenStream, Error> {
    let response = match response {
        ReferenceOr::Item(response) => response,
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/responses/")
            .and_then(|name| components?.responses.get(name)?.as_item())
            .ok_or_else(|| format!("{id}: cannot resolve the answer {reference}"))?,
    };
    if response.content.is_empty() {
        return Ok(quote!(()));
    }
    let schema = response
        .content
        .get(JSON)
        .and_then(|media| media.schema.as_ref())
        .ok_or_else(|| format!("{id}: the success answer must be {JSON} with a schema"))?;
    let ReferenceOr::Reference { reference } = schema else {
        return Err(format!("{id}: the success answer's schema must be a $ref to a named schema").into());
    };
    let name = reference
        .rsplit('/')
        .next()
        .ok_or_else(|| format!("{id}: bad $ref {reference}"))?;
    let name = format_ident!("{name}");
    Ok(quote!(types::#name))
}

/// The progenitor settings of this crate, for the client and its mocks.
fn settings(spec: &OpenAPI) -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote!(crate::auth::ClientState));
    for (schema, rust) in REPLACEMENTS {
        settings.with_replacement(schema, rust, std::iter::empty::<TypeImpl>());
    }
    for name in extensible_enums(spec).map(|(name, _)| name) {
        let path = format!("crate::generated::open_enums::{name}");
        settings.with_replacement(name, path, [TypeImpl::Display].into_iter());
    }
    settings
}

/// `spec` as a client generator sees it:
///
/// - each request body reduced to `application/json` where it offers more
///   media types (generation 1 also takes form bodies, which the Python and
///   Java clients send): progenitor accepts one media type per request body,
///   and this crate sends JSON; openapi-python-client has the same limit;
/// - without the pages a browser opens (operations marked
///   [`BROWSER_PAGE`], such as `authorize`): no client calls them, and
///   their HTML answers and redirects are nothing a generated method could
///   return. Their paths stay in `paths`, read from the whole spec.
///
/// `cargo xtask client-view` writes this view for other generators.
#[must_use]
pub fn client_view(spec: &OpenAPI) -> OpenAPI {
    let mut spec = spec.clone();
    for item in spec.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else { continue };
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ];
        for slot in operations {
            if slot
                .as_ref()
                .is_some_and(|operation| operation.extensions.contains_key(BROWSER_PAGE))
            {
                *slot = None;
            }
            let Some(operation) = slot else { continue };
            if let Some(ReferenceOr::Item(body)) = operation.request_body.as_mut()
                && body.content.len() > 1
                && body.content.contains_key(JSON)
            {
                body.content.retain(|media_type, _| media_type == JSON);
            }
        }
    }
    spec.paths
        .paths
        .retain(|_, item| item.as_item().is_none_or(|item| item.iter().next().is_some()));
    spec
}

/// The `servers` module: one constant per environment.
fn servers(spec: &OpenAPI) -> Result<TokenStream, Error> {
    let mut items = Vec::new();
    for server in &spec.servers {
        let env = server
            .extensions
            .get(SERVER_ENVIRONMENT)
            .and_then(|v| v.as_str())
            .ok_or_else(|| format!("server {} has no {SERVER_ENVIRONMENT}", server.url))?;
        let name = format_ident!("{}", env.to_uppercase());
        let url = server.url.trim_end_matches('/');
        let doc = format!(
            "Base URL of the {env} gateway: {}",
            server.description.as_deref().unwrap_or("")
        );
        items.push(quote! { #[doc = #doc] pub const #name: &str = #url; });
    }
    Ok(quote! {
        /// Base URLs of iHela's environments, from the spec's `servers`.
        pub mod servers { #(#items)* }
    })
}

/// The `paths` module: the path of each operation, named after its
/// operationId (`paths::INIT_BILL`), for servers and tests that route or
/// match by path (axum and OpenAPI write parameters alike: `{bank_slug}`).
fn paths(spec: &OpenAPI) -> TokenStream {
    let items = spec
        .paths
        .iter()
        .filter_map(|(path, item)| Some((path, item.as_item()?)));
    let constants = items.flat_map(|(path, item)| {
        item.iter().filter_map(move |(method, operation)| {
            let id = operation.operation_id.as_deref()?;
            let name = format_ident!("{}", id.to_shouty_snake_case());
            let doc = format!("`{} {path}`: the path of `{id}`.", method.to_uppercase());
            Some(quote! { #[doc = #doc] pub const #name: &str = #path; })
        })
    });
    quote! {
        /// The path of every operation of the spec, by operationId.
        pub mod paths { #(#constants)* }
    }
}

/// Open-enum schemas: (name, (description, values)).
fn extensible_enums(spec: &OpenAPI) -> impl Iterator<Item = (&str, (String, Vec<String>))> {
    let schemas = spec.components.iter().flat_map(|c| c.schemas.iter());
    schemas.filter_map(|(name, schema)| {
        let schema = schema.as_item()?;
        let values = open_enum_values(schema)?;
        let description = schema.schema_data.description.clone().unwrap_or_default();
        Some((name.as_str(), (description, values)))
    })
}

/// The listed values of an open enum: a schema that is `anyOf` two inline
/// string schemas, the first with an `enum` of strings, the second without
/// one (any other string). Other generators see the listed values and still
/// accept a new one; this crate turns it into an enum with `Unknown(String)`.
#[must_use]
pub fn open_enum_values(schema: &Schema) -> Option<Vec<String>> {
    let SchemaKind::AnyOf { any_of } = &schema.schema_kind else {
        return None;
    };
    let strings: Vec<&StringType> = any_of
        .iter()
        .filter_map(|alternative| match &alternative.as_item()?.schema_kind {
            SchemaKind::Type(Type::String(string)) => Some(string),
            _ => None,
        })
        .collect();
    let [listed, open] = strings.as_slice() else {
        return None;
    };
    if any_of.len() != 2 || listed.enumeration.is_empty() || !open.enumeration.is_empty() {
        return None;
    }
    listed.enumeration.iter().cloned().collect()
}

/// For every plain string schema (identifiers, descriptions): `Display`, as
/// the text it holds (typify gives them `Deref<Target = String>` but no
/// `Display`), and `parse`, which checks a text against the schema and
/// names the field (the schema's name in snake case: `merchant_reference`)
/// when it refuses it. Converting is explicit, so that two identifiers read
/// as text cannot be swapped by accident.
fn displays(spec: &OpenAPI) -> TokenStream {
    let schemas = spec.components.iter().flat_map(|c| c.schemas.iter());
    let strings = schemas.filter_map(|(name, schema)| {
        let replaced = REPLACEMENTS.iter().any(|(replaced, _)| replaced == name);
        match &schema.as_item()?.schema_kind {
            SchemaKind::Type(Type::String(string)) if string.enumeration.is_empty() && !replaced => Some(name),
            _ => None,
        }
    });
    let items = strings.map(|name| {
        let ident = format_ident!("{name}");
        let field = name.to_snake_case();
        let doc = format!("Checks `value` against the spec's `{name}`; a refusal names the field `{field}`.");
        quote! {
            impl ::std::fmt::Display for types::#ident {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            impl types::#ident {
                #[doc = #doc]
                pub fn parse(value: impl Into<String>) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
                    Self::try_from(value.into()).map_err(|e| ::pesa_core::InvalidInput::new(#field, e.to_string()))
                }
            }
        }
    });
    quote! { #(#items)* }
}

/// The `open_enums` module.
fn open_enums(spec: &OpenAPI) -> TokenStream {
    let items = extensible_enums(spec).map(|(name, (description, values))| open_enum(name, &description, &values));
    quote! {
        /// Extensible string enums: the values the spec lists, and `Unknown`
        /// for any other, so that a new value never breaks decoding.
        pub mod open_enums { #(#items)* }
    }
}

/// The Rust variant of an open enum's value: `dark-blue` is `DarkBlue`, and
/// a value that starts with a digit gets `Code` before it (`00` is `Code00`).
fn variant(value: &str) -> proc_macro2::Ident {
    let name = value.to_upper_camel_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format_ident!("Code{name}")
    } else {
        format_ident!("{name}")
    }
}

fn open_enum(name: &str, description: &str, values: &[String]) -> TokenStream {
    let ident = format_ident!("{name}");
    let variants: Vec<_> = values.iter().map(|v| variant(v)).collect();
    let docs = values.iter().map(|v| format!("`{v}`"));
    let all_doc = format!("Every value of `{name}` the spec lists, in its order.");
    quote! {
        #[doc = #description]
        ///
        /// Known values are matched exactly or, failing that, ignoring ASCII case;
        /// any other value is kept in `Unknown`.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #ident {
            #( #[doc = #docs] #variants, )*
            /// A value the spec does not list, kept as received.
            Unknown(String),
        }

        impl #ident {
            #[doc = #all_doc]
            pub const KNOWN: &'static [#ident] = &[#( #ident::#variants ),*];

            /// The value as it goes on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( #ident::#variants => #values, )*
                    #ident::Unknown(other) => other,
                }
            }

            /// Reads a wire value; never fails.
            pub fn parse(value: &str) -> Self {
                Self::KNOWN
                    .iter()
                    .find(|known| known.as_str() == value)
                    .or_else(|| Self::KNOWN.iter().find(|k| k.as_str().eq_ignore_ascii_case(value)))
                    .cloned()
                    .unwrap_or_else(|| #ident::Unknown(value.to_owned()))
            }

            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, #ident::Unknown(_))
            }
        }

        impl ::std::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for #ident {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::parse(value))
            }
        }

        impl ::serde::Serialize for #ident {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok(Self::parse(&value))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> OpenAPI {
        serde_yaml::from_str(yaml).unwrap()
    }

    const MINIMAL: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
servers:
  - url: https://test.example/
    x-ihela-environment: test
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

    #[test]
    fn servers_become_constants_without_trailing_slash() {
        let code = servers(&spec(MINIMAL)).unwrap().to_string();
        assert!(code.contains("pub const TEST"), "{code}");
        assert!(code.contains("\"https://test.example\""), "{code}");
    }

    #[test]
    fn a_server_without_environment_is_refused() {
        let yaml = MINIMAL.replace("    x-ihela-environment: test\n", "");
        assert!(servers(&spec(&yaml)).is_err());
    }

    #[test]
    fn open_enums_get_known_variants_and_unknown() {
        let code = open_enums(&spec(MINIMAL)).to_string();
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
    fn values_that_start_with_a_digit_get_a_prefix() {
        assert_eq!(variant("00").to_string(), "Code00");
        assert_eq!(variant("dark-blue").to_string(), "DarkBlue");
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
            let code = open_enums(&spec(&yaml)).to_string();
            assert!(!code.contains("Colour"), "{what} became an open enum: {code}");
        }
    }

    #[test]
    fn every_property_of_the_project_spec_is_described() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/ihela-merchant.yaml");
        let spec = load_spec(&path).unwrap();
        let mut bare = Vec::new();
        for (name, schema) in spec.components.iter().flat_map(|c| c.schemas.iter()) {
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
        assert!(bare.is_empty(), "properties without a description: {bare:?}");
    }

    #[test]
    fn the_project_spec_generates() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/ihela-merchant.yaml");
        let code = generate(&load_spec(&path).unwrap()).unwrap();
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
    }
}
