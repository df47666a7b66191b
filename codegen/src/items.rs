//! The items generated beside the client: the `servers` and `paths` of the
//! spec, and the identifiers' `Display` and `parse`.

use heck::{ToShoutySnakeCase, ToSnakeCase};
use openapiv3::{OpenAPI, SchemaKind, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::Error;

/// The extension that names the environment of a server entry.
pub const SERVER_ENVIRONMENT: &str = "x-environment";

/// The `servers` module: one constant per environment. A server URL with
/// variables (`https://host/{environment}/ipg/v2/{market}`) is its
/// template, and a module of the same name in snake case gives each
/// variable's values as constants (`servers::openapi::market::VODACOM_TZN`)
/// and `url(…)`, the template filled in (one argument per variable, in the
/// spec's order).
pub(crate) fn servers(spec: &OpenAPI) -> Result<TokenStream, Error> {
    let mut items = Vec::new();
    for server in &spec.servers {
        let env = server
            .extensions
            .get(SERVER_ENVIRONMENT)
            .and_then(|v| v.as_str())
            .ok_or_else(|| format!("server {} has no {SERVER_ENVIRONMENT}", server.url))?;
        let name = format_ident!("{}", env.to_shouty_snake_case());
        let url = server.url.trim_end_matches('/');
        let doc = format!(
            "Base URL of the {env} gateway: {}",
            server.description.as_deref().unwrap_or("")
        );
        items.push(quote! { #[doc = #doc] pub const #name: &str = #url; });
        let variables: Vec<_> = server.variables.iter().flatten().collect();
        if !variables.is_empty() {
            items.push(server_variables(env, &name, url, &variables));
        }
    }
    Ok(quote! {
        /// Base URLs of the gateway's environments, from the spec's `servers`.
        pub mod servers { #(#items)* }
    })
}

/// The module of a server's variables: their values, and `url`.
fn server_variables(
    env: &str,
    constant: &proc_macro2::Ident,
    template: &str,
    variables: &[(&String, &openapiv3::ServerVariable)],
) -> TokenStream {
    let module = format_ident!("{}", env.to_snake_case());
    let modules = variables.iter().map(|(name, variable)| {
        let ident = format_ident!("{}", name.to_snake_case());
        let values = variable.enumeration.iter().map(|value| {
            let constant = format_ident!("{}", value.to_shouty_snake_case());
            let doc = format!("`{value}`.");
            quote! { #[doc = #doc] pub const #constant: &str = #value; }
        });
        let default = &variable.default;
        let doc = variable
            .description
            .clone()
            .unwrap_or_else(|| format!("The variable `{name}`."));
        quote! {
            #[doc = #doc]
            pub mod #ident {
                #(#values)*
                /// Its default.
                pub const DEFAULT: &str = #default;
            }
        }
    });
    let arguments: Vec<_> = variables
        .iter()
        .map(|(name, _)| format_ident!("{}", name.to_snake_case()))
        .collect();
    let placeholders = variables.iter().map(|(name, _)| format!("{{{name}}}"));
    let doc = format!("The variables of `{template}`.");
    quote! {
        #[doc = #doc]
        pub mod #module {
            #(#modules)*
            /// The URL with each variable given its value.
            pub fn url(#(#arguments: &str),*) -> ::std::string::String {
                let mut url = ::std::string::String::from(super::#constant);
                #(url = url.replace(#placeholders, #arguments);)*
                url
            }
        }
    }
}

/// The `paths` module: the path of each operation, named after its
/// operationId (`paths::INIT_BILL`), for servers and tests that route or
/// match by path (axum and OpenAPI write parameters alike: `{bank_slug}`);
/// for a path with parameters, a function of the same name in snake case
/// (`paths::lookup_customer(bank_slug)`) gives it filled in, each value
/// percent-encoded.
pub(crate) fn paths(spec: &OpenAPI) -> TokenStream {
    let items = spec
        .paths
        .iter()
        .filter_map(|(path, item)| Some((path, item.as_item()?)));
    let constants = items.flat_map(|(path, item)| {
        item.iter().filter_map(move |(method, operation)| {
            let id = operation.operation_id.as_deref()?;
            let name = format_ident!("{}", id.to_shouty_snake_case());
            let doc = format!("`{} {path}`: the path of `{id}`.", method.to_uppercase());
            let filled = filled_path(path, id);
            let servers = own_servers(&item.servers, id);
            Some(quote! { #[doc = #doc] pub const #name: &str = #path; #filled #servers })
        })
    });
    quote! {
        /// The path of every operation of the spec, by operationId.
        pub mod paths { #(#constants)* }
    }
}

/// For a path with servers of its own (Mozambique's port per operation),
/// their URLs, in the spec's order (`paths::C2B_PAYMENT_SERVERS`); nothing
/// for a path served by the spec's servers.
fn own_servers(servers: &[openapiv3::Server], id: &str) -> Option<TokenStream> {
    if servers.is_empty() {
        return None;
    }
    let name = format_ident!("{}_SERVERS", id.to_shouty_snake_case());
    let urls = servers.iter().map(|server| server.url.trim_end_matches('/'));
    let doc = format!("The servers of `{id}`'s path, its own (a port of its own), in the spec's order.");
    Some(quote! { #[doc = #doc] pub const #name: &[&str] = &[#(#urls),*]; })
}

/// For a path with parameters (`/bank/{bank_slug}/lookup/`), a function
/// that fills them in; nothing for a path without.
fn filled_path(path: &str, id: &str) -> Option<TokenStream> {
    let mut template = String::new();
    let mut names = Vec::new();
    let mut rest = path;
    while let Some((before, after)) = rest.split_once('{') {
        let (name, tail) = after.split_once('}')?;
        template.push_str(before);
        template.push_str("{}");
        names.push(format_ident!("{}", name.to_snake_case()));
        rest = tail;
    }
    if names.is_empty() {
        return None;
    }
    template.push_str(rest);
    let function = format_ident!("{}", id.to_snake_case());
    let doc = format!("`{path}` with its parameters filled in, percent-encoded.");
    Some(quote! {
        #[doc = #doc]
        pub fn #function(#(#names: &str),*) -> ::std::string::String {
            format!(#template, #(::progenitor_client::encode_path(#names)),*)
        }
    })
}

/// The `headers` module: the name of every header the spec defines, in a
/// security scheme (`Ocp-Apim-Subscription-Key`) or as a parameter
/// (`X-Reference-Id`), named after it (`headers::X_REFERENCE_ID`), for a
/// client that sets one and a server that reads one.
pub(crate) fn header_names(spec: &OpenAPI) -> TokenStream {
    use openapiv3::{Parameter, SecurityScheme};
    let mut names = std::collections::BTreeSet::new();
    if let Some(components) = &spec.components {
        for scheme in components.security_schemes.values().filter_map(|s| s.as_item()) {
            if let SecurityScheme::APIKey {
                location: openapiv3::APIKeyLocation::Header,
                name,
                ..
            } = scheme
            {
                names.insert(name.clone());
            }
        }
        let declared = components.parameters.values().filter_map(|p| p.as_item());
        let inline = spec
            .paths
            .iter()
            .filter_map(|(_, item)| item.as_item())
            .flat_map(|item| {
                item.parameters
                    .iter()
                    .chain(item.iter().flat_map(|(_, op)| &op.parameters))
            })
            .filter_map(|p| p.as_item());
        for parameter in declared.chain(inline) {
            if let Parameter::Header { parameter_data, .. } = parameter {
                names.insert(parameter_data.name.clone());
            }
        }
    }
    let constants = names.iter().map(|name| {
        let constant = format_ident!("{}", name.to_shouty_snake_case());
        let doc = format!("The `{name}` header.");
        quote! { #[doc = #doc] pub const #constant: &str = #name; }
    });
    quote! {
        /// The name of every header the spec defines.
        pub mod headers { #(#constants)* }
    }
}

/// The `fields` module: for every object schema of the spec, a module (its
/// name in snake case) with the wire name of each property, named after it
/// (`fields::stk_query_request::CHECKOUT_REQUEST_ID` is
/// `"CheckoutRequestID"`), for a server that names a field in an error
/// without typing it. A property renamed in the spec renames its constant:
/// the code that used it stops compiling.
pub(crate) fn field_names(spec: &OpenAPI) -> TokenStream {
    let schemas = spec.components.iter().flat_map(|c| c.schemas.iter());
    let modules = schemas.filter_map(|(name, schema)| {
        let SchemaKind::Type(Type::Object(object)) = &schema.as_item()?.schema_kind else {
            return None;
        };
        if object.properties.is_empty() {
            return None;
        }
        let module = format_ident!("{}", name.to_snake_case());
        let doc = format!("The wire names of `{name}`'s properties.");
        let constants = object.properties.keys().map(|property| {
            let constant = format_ident!("{}", property.to_shouty_snake_case());
            quote! { pub const #constant: &str = #property; }
        });
        Some(quote! { #[doc = #doc] pub mod #module { #(#constants)* } })
    });
    quote! {
        /// The wire name of every property of every object schema, by schema.
        #[allow(missing_docs)]
        pub mod fields { #(#modules)* }
    }
}

/// For every plain string schema (identifiers, descriptions) not replaced:
/// `Display`, as the text it holds (typify gives them `Deref<Target =
/// String>` but no `Display`), and `parse`, which checks a text against the
/// schema and names the field (the schema's name in snake case:
/// `merchant_reference`) when it refuses it. Converting is explicit, so that
/// two identifiers read as text cannot be swapped by accident.
pub(crate) fn identifiers(spec: &OpenAPI, replaced: &[String]) -> TokenStream {
    let schemas = spec.components.iter().flat_map(|c| c.schemas.iter());
    let strings = schemas.filter_map(|(name, schema)| match &schema.as_item()?.schema_kind {
        SchemaKind::Type(Type::String(string)) if string.enumeration.is_empty() && !replaced.contains(name) => {
            Some(name)
        }
        _ => None,
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
