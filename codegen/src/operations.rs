//! What the generated code adds per operation: `pesa_core::Operation` for
//! the builder of each (the client's side), and a struct of its path and
//! query parameters (a sandbox's side).

use heck::{ToSnakeCase, ToUpperCamelCase};
use openapiv3::{OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Response, SchemaKind, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::Error;
use crate::views::{JSON, operations_of, success_code};

/// The extension that marks an operation other than a GET as safe to send
/// twice (a read sent as POST, a token call).
pub const RETRY_SAFE: &str = "x-retry-safe";

/// `pesa_core::Operation` for the builder of every operation of `view` (a
/// [`rust_view`](crate::rust_view)): its operationId, whether it is safe to
/// repeat, its success status and answer type, and its `send`.
pub(crate) fn operation_impls(view: &OpenAPI) -> Result<TokenStream, Error> {
    let mut walked = view.clone();
    let mut impls = Vec::new();
    for (path, method, operation) in operations_of(&mut walked) {
        let id = operation
            .operation_id
            .clone()
            .ok_or_else(|| format!("{method} {path} has no operationId"))?;
        // Several success statuses (a gateway answering 200 or 201) are one
        // answer when they share its type; the first is the one named.
        let responses: Vec<_> = operation.responses.responses.iter().collect();
        let Some(&(code, response)) = responses.first() else {
            return Err(format!("{id}: the Rust client takes a success answer").into());
        };
        let status = success_code(code).ok_or_else(|| format!("{id}: {code} is not a success"))?;
        let answer = answer_type(&id, response, view)?;
        for (other, response) in &responses[1..] {
            success_code(other).ok_or_else(|| format!("{id}: {other} is not a success"))?;
            if answer_type(&id, response, view)?.to_string() != answer.to_string() {
                return Err(format!("{id}: its success answers {code} and {other} differ").into());
            }
        }
        let retry_safe = matches!(method, "get" | "head")
            || operation
                .extensions
                .get(RETRY_SAFE)
                .is_some_and(|value| value.as_bool() == Some(true));
        let token = carries_token(view, operation);
        let builder = format_ident!("{}", id.to_upper_camel_case());
        impls.push(quote! {
            impl ::pesa_core::Operation for builder::#builder<'_> {
                const ID: &'static str = #id;
                const TOKEN: bool = #token;
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

/// Whether `operation` carries the session's access token: its security (or
/// the spec's) names an HTTP bearer, OAuth 2 or OpenID Connect scheme.
fn carries_token(spec: &OpenAPI, operation: &openapiv3::Operation) -> bool {
    use openapiv3::SecurityScheme;
    let Some(requirements) = operation.security.as_ref().or(spec.security.as_ref()) else {
        return false;
    };
    let schemes = spec.components.as_ref().map(|c| &c.security_schemes);
    requirements
        .iter()
        .flat_map(|requirement| requirement.keys())
        .any(|name| {
            let scheme = schemes.and_then(|schemes| schemes.get(name)?.as_item());
            match scheme {
                Some(SecurityScheme::HTTP { scheme, .. }) => scheme.eq_ignore_ascii_case("bearer"),
                Some(SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. }) => true,
                _ => false,
            }
        })
}

/// The Rust type of a success answer: the generated type its JSON schema
/// names, or `()` for an answer without a body.
fn answer_type(id: &str, response: &ReferenceOr<Response>, spec: &OpenAPI) -> Result<TokenStream, Error> {
    let response = match response {
        ReferenceOr::Item(response) => response,
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/responses/")
            .and_then(|name| spec.components.as_ref()?.responses.get(name)?.as_item())
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
    let name = schema_name(schema).ok_or_else(|| format!("{id}: the success answer's schema must be a $ref"))?;
    let name = format_ident!("{name}");
    Ok(quote!(types::#name))
}

/// The name of the schema a `$ref` points at.
fn schema_name<T>(schema: &ReferenceOr<T>) -> Option<&str> {
    match schema {
        ReferenceOr::Reference { reference } => reference.rsplit('/').next(),
        ReferenceOr::Item(_) => None,
    }
}

/// The `parameters` module: for every operation with path or query
/// parameters, a struct with a field per parameter (named and typed as the
/// spec says), for a server to read a request's parameters into, and a
/// client to build a URL from (a page the browser opens).
pub(crate) fn parameter_structs(spec: &OpenAPI, replaced: &[(String, String)]) -> Result<TokenStream, Error> {
    let mut structs = Vec::new();
    let items = spec
        .paths
        .iter()
        .filter_map(|(path, item)| Some((path, item.as_item()?)));
    for (path, item) in items {
        for (method, operation) in item.iter() {
            let Some(id) = operation.operation_id.clone() else {
                continue;
            };
            let declared = item.parameters.iter().chain(&operation.parameters);
            if let Some(parameters) = parameter_struct((spec, replaced), &id, method, path, declared)? {
                structs.push(parameters);
            }
        }
    }
    Ok(quote! {
        /// The path and query parameters of each operation that has some, as
        /// a server reads them.
        pub mod parameters {
            use super::types;
            #(#structs)*
        }
    })
}

/// The struct of one operation's path and query parameters, if it has some.
fn parameter_struct<'a>(
    (spec, replaced): (&'a OpenAPI, &[(String, String)]),
    id: &str,
    method: &str,
    path: &str,
    declared: impl Iterator<Item = &'a ReferenceOr<Parameter>>,
) -> Result<Option<TokenStream>, Error> {
    let mut fields = Vec::new();
    for parameter in declared {
        let parameter = match parameter {
            ReferenceOr::Item(parameter) => parameter,
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/parameters/")
                .and_then(|name| spec.components.as_ref()?.parameters.get(name)?.as_item())
                .ok_or_else(|| format!("{id}: cannot resolve the parameter {reference}"))?,
        };
        let (data, in_path) = match parameter {
            Parameter::Path { parameter_data, .. } => (parameter_data, true),
            Parameter::Query { parameter_data, .. } => (parameter_data, false),
            Parameter::Header { .. } | Parameter::Cookie { .. } => continue,
        };
        let ParameterSchemaOrContent::Schema(schema) = &data.format else {
            return Err(format!("{id}: parameter {} has no schema", data.name).into());
        };
        let rust = parameter_type(id, &data.name, schema, replaced)?;
        let wire = &data.name;
        let name = format_ident!("{}", wire.to_snake_case());
        let doc = data.description.clone().unwrap_or_else(|| format!("`{wire}`."));
        fields.push(if data.required || in_path {
            quote! { #[doc = #doc] #[serde(rename = #wire)] pub #name: #rust, }
        } else {
            quote! { #[doc = #doc] #[serde(rename = #wire, default)] pub #name: ::std::option::Option<#rust>, }
        });
    }
    if fields.is_empty() {
        return Ok(None);
    }
    let ident = format_ident!("{}", id.to_upper_camel_case());
    let doc = format!(
        "The path and query parameters of `{id}` (`{} {path}`).",
        method.to_uppercase()
    );
    Ok(Some(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
        pub struct #ident { #(#fields)* }
    }))
}

/// The Rust type of a parameter: the type of the schema it names (its
/// replacement, if `replaced` has one), or the plain type of an inline
/// string, integer or boolean.
fn parameter_type(
    id: &str,
    name: &str,
    schema: &ReferenceOr<openapiv3::Schema>,
    replaced: &[(String, String)],
) -> Result<TokenStream, Error> {
    if let Some(schema) = schema_name(schema) {
        if let Some((_, rust)) = replaced.iter().find(|(name, _)| name == schema) {
            return rust
                .parse()
                .map_err(|e| format!("{id}: parameter {name}: {rust}: {e}").into());
        }
        let schema = format_ident!("{schema}");
        return Ok(quote!(types::#schema));
    }
    match schema.as_item().map(|schema| &schema.schema_kind) {
        Some(SchemaKind::Type(Type::String(_))) => Ok(quote!(::std::string::String)),
        Some(SchemaKind::Type(Type::Integer(_))) => Ok(quote!(i64)),
        Some(SchemaKind::Type(Type::Boolean(_))) => Ok(quote!(bool)),
        _ => Err(format!("{id}: parameter {name}: a string, an integer, a boolean or a $ref").into()),
    }
}
