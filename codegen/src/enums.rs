//! Open enums: a string schema written `anyOf` a string `enum` of the known
//! values and any other string. Other generators see the listed values and
//! still accept a new one; in Rust each becomes an enum with an
//! `Unknown(String)` variant, so that a value the gateway adds later is
//! decoded instead of refused.

use heck::ToUpperCamelCase;
use openapiv3::{OpenAPI, Schema, SchemaKind, StringType, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The open-enum schemas of `spec`: (name, (description, values)).
pub(crate) fn open_enum_schemas(spec: &OpenAPI) -> impl Iterator<Item = (&str, (String, Vec<String>))> {
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
/// one (any other string).
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

/// The `open_enums` module.
pub(crate) fn open_enums(spec: &OpenAPI) -> TokenStream {
    let items = open_enum_schemas(spec).map(|(name, (description, values))| open_enum(name, &description, &values));
    quote! {
        /// Extensible string enums: the values the spec lists, and `Unknown`
        /// for any other, so that a new value never breaks decoding.
        pub mod open_enums { #(#items)* }
    }
}

/// The Rust variant of an open enum's value: `dark-blue` is `DarkBlue`, and
/// a value that starts with a digit gets `Code` before it (`00` is `Code00`).
pub(crate) fn variant(value: &str) -> proc_macro2::Ident {
    let name = value.to_upper_camel_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format_ident!("Code{name}")
    } else {
        format_ident!("{name}")
    }
}

pub(crate) fn open_enum(name: &str, description: &str, values: &[String]) -> TokenStream {
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
