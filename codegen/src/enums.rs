//! Open enums: a string schema written `anyOf` a string `enum` of the known
//! values and any other string (and, where the gateway sends some codes as
//! numbers, any integer). Other generators see the listed values and still
//! accept a new one; in Rust each becomes an enum with an `Unknown(String)`
//! variant, so that a value the gateway adds later is decoded instead of
//! refused. The listed alternative may name its values
//! (`x-enum-varnames`) and describe them (`x-enum-descriptions`).

use heck::ToUpperCamelCase;
use openapiv3::{OpenAPI, Schema, SchemaKind, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

/// The extension naming the values of an enum, as Rust variants.
pub const ENUM_NAMES: &str = "x-enum-varnames";
/// The extension describing the values of an enum, one sentence each.
pub const ENUM_DESCRIPTIONS: &str = "x-enum-descriptions";
/// How an open enum that may come as an integer is written: `integer`
/// writes a value of digits as a JSON number (as the provider sends it);
/// without it, every value is written as a string.
pub const SERIALIZE: &str = "x-serialize";

/// An open enum of the spec.
pub(crate) struct OpenEnum {
    /// The schema's description.
    pub description: String,
    /// The listed values, with their variant names, doc comments and
    /// descriptions (`x-enum-descriptions`), if any.
    pub values: Vec<(String, proc_macro2::Ident, String, Option<String>)>,
    /// Whether a value may also come as a JSON integer (read as its digits).
    pub numeric: bool,
    /// Whether a value of digits is written as a JSON integer
    /// ([`SERIALIZE`]` : integer`); as a string otherwise.
    pub written_as_number: bool,
}

/// The open-enum schemas of `spec`, by name.
pub(crate) fn open_enum_schemas(spec: &OpenAPI) -> impl Iterator<Item = (&str, OpenEnum)> {
    let schemas = spec.components.iter().flat_map(|c| c.schemas.iter());
    schemas.filter_map(|(name, schema)| Some((name.as_str(), open_enum_of(schema.as_item()?)?)))
}

/// The listed values of an open enum: a schema that is `anyOf` inline
/// alternatives, a string with an `enum` of strings, a string without one
/// (any other string), and optionally an integer.
#[must_use]
pub fn open_enum_values(schema: &Schema) -> Option<Vec<String>> {
    open_enum_of(schema).map(|open| open.values.into_iter().map(|(value, ..)| value).collect())
}

fn open_enum_of(schema: &Schema) -> Option<OpenEnum> {
    let SchemaKind::AnyOf { any_of } = &schema.schema_kind else {
        return None;
    };
    let alternatives: Vec<&Schema> = any_of.iter().map(|a| a.as_item()).collect::<Option<_>>()?;
    let (listed, rest) = alternatives.split_first()?;
    let SchemaKind::Type(Type::String(listed_string)) = &listed.schema_kind else {
        return None;
    };
    let open =
        |s: &&Schema| matches!(&s.schema_kind, SchemaKind::Type(Type::String(any)) if any.enumeration.is_empty());
    let integer = |s: &&Schema| matches!(&s.schema_kind, SchemaKind::Type(Type::Integer(_)));
    let numeric = match rest {
        [any] if open(any) => false,
        [any, number] if open(any) && integer(number) => true,
        _ => return None,
    };
    let values: Vec<String> = listed_string.enumeration.iter().cloned().collect::<Option<_>>()?;
    if values.is_empty() {
        return None;
    }
    let extension = |key: &str| -> Vec<String> {
        let list = listed.schema_data.extensions.get(key).and_then(Value::as_array);
        list.into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect()
    };
    let (names, descriptions) = (extension(ENUM_NAMES), extension(ENUM_DESCRIPTIONS));
    let values = values
        .iter()
        .enumerate()
        .map(|(i, value)| {
            let name = names
                .get(i)
                .map_or_else(|| variant(value), |name| format_ident!("{name}"));
            let description = descriptions.get(i).cloned();
            let doc = description
                .as_ref()
                .map_or_else(|| format!("`{value}`"), |text| format!("`{value}`: {text}"));
            (value.clone(), name, doc, description)
        })
        .collect();
    let written_as_number =
        numeric && schema.schema_data.extensions.get(SERIALIZE).and_then(Value::as_str) == Some("integer");
    Some(OpenEnum {
        description: schema.schema_data.description.clone().unwrap_or_default(),
        values,
        numeric,
        written_as_number,
    })
}

/// The `open_enums` module.
pub(crate) fn open_enums(spec: &OpenAPI) -> TokenStream {
    let items = open_enum_schemas(spec).map(|(name, open)| open_enum(name, &open));
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

pub(crate) fn open_enum(name: &str, open: &OpenEnum) -> TokenStream {
    let ident = format_ident!("{name}");
    let description = &open.description;
    let values: Vec<&String> = open.values.iter().map(|(value, ..)| value).collect();
    let variants: Vec<_> = open.values.iter().map(|(_, variant, ..)| variant).collect();
    let docs = open.values.iter().map(|(_, _, doc, _)| doc);
    let descriptions = open
        .values
        .iter()
        .map(|(.., description)| description.as_ref().map_or(quote!(None), |text| quote!(Some(#text))));
    let all_doc = format!("Every value of `{name}` the spec lists, in its order.");
    // A value that may come as a number is read from one; it goes back as
    // one when it is digits and the spec says so.
    let serialize = if open.written_as_number {
        quote! {
            match self.as_str().parse::<i64>() {
                Ok(number) if number.to_string() == self.as_str() => serializer.serialize_i64(number),
                _ => serializer.serialize_str(self.as_str()),
            }
        }
    } else {
        quote! { serializer.serialize_str(self.as_str()) }
    };
    let deserialize = if open.numeric {
        quote! {
                #[derive(::serde::Deserialize)]
                #[serde(untagged)]
                enum Wire {
                    Text(String),
                    Number(i64),
                }
                let value = match Wire::deserialize(deserializer)? {
                    Wire::Text(text) => text,
                    Wire::Number(number) => number.to_string(),
                };
                Ok(Self::parse(&value))
        }
    } else {
        quote! {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    };
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

            /// What the spec says the value means (`x-enum-descriptions`), if it says.
            pub fn description(&self) -> Option<&'static str> {
                match self {
                    #( #ident::#variants => #descriptions, )*
                    #ident::Unknown(_) => None,
                }
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
                #serialize
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #deserialize
            }
        }
    }
}
