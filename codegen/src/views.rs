//! The spec as the generators see it: [`client_view`] for any client
//! generator, [`rust_view`] for the client the Rust call path drives.

use openapiv3::{OpenAPI, Operation, ReferenceOr, StatusCode};
use serde_json::Value;

/// The media type the clients send and read.
pub(crate) const JSON: &str = "application/json";

/// The extension that marks an operation as a page the customer's browser
/// opens, which generated clients leave out (see [`client_view`]).
pub const BROWSER_PAGE: &str = "x-browser-page";

/// `spec` as a client generator sees it:
///
/// - each request body reduced to `application/json` where it offers more
///   media types (iHela's generation 1 also takes form bodies, which the
///   Python and Java clients send): progenitor accepts one media type per
///   request body, and the clients send JSON; openapi-python-client has the
///   same limit;
/// - without the pages a browser opens (operations marked
///   [`BROWSER_PAGE`], such as iHela's `authorize`): no client calls them,
///   and their HTML answers and redirects are nothing a generated method
///   could return. Their paths stay in `paths`, read from the whole spec;
/// - a reference that may be null (`type: object, nullable: true, allOf:
///   [{$ref}]`) without its `type`: with one, openapi-python-client passes
///   the single reference through and drops the null (its issue #679), so
///   a `"paid_by": null` fails to decode; without it, it reads "null or the
///   schema", as progenitor does. The spec keeps the `type`, which OAS
///   3.0.3 asks of `nullable` and Redocly checks.
///
/// `cargo xtask client-view` writes this view for other generators.
#[must_use]
pub fn client_view(spec: &OpenAPI) -> OpenAPI {
    let mut spec = without_nullable_ref_types(spec);
    for item in spec.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else { continue };
        for slot in slots(item) {
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

/// `spec` with the `type` beside every nullable single reference removed.
fn without_nullable_ref_types(spec: &OpenAPI) -> OpenAPI {
    let Ok(mut value) = serde_json::to_value(spec) else {
        return spec.clone();
    };
    untype_nullable_refs(&mut value);
    // A valid spec with a `type` less is still one.
    serde_json::from_value(value).unwrap_or_else(|_| spec.clone())
}

fn untype_nullable_refs(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let single_ref = map
                .get("allOf")
                .and_then(Value::as_array)
                .is_some_and(|all_of| all_of.len() == 1 && all_of[0].get("$ref").is_some());
            if single_ref && map.get("nullable") == Some(&Value::Bool(true)) {
                map.remove("type");
            }
            map.values_mut().for_each(untype_nullable_refs);
        }
        Value::Array(items) => items.iter_mut().for_each(untype_nullable_refs),
        _ => {}
    }
}

/// [`client_view`] with only the success answers of each operation: the
/// call path (`pesa_core::call`) reads every error answer itself, with its
/// status, headers and body whatever its media type, so progenitor hands
/// them over whole (`Error::UnexpectedResponse`) instead of decoding some
/// and losing the status of others. The header parameters named in
/// `session_headers` are left out: the client's session sends them.
#[must_use]
pub fn rust_view(spec: &OpenAPI, session_headers: &[&str]) -> OpenAPI {
    let mut view = client_view(spec);
    let components = view.components.clone();
    let from_session = |parameter: &ReferenceOr<openapiv3::Parameter>| {
        let parameter = match parameter {
            ReferenceOr::Item(parameter) => Some(parameter),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/parameters/")
                .and_then(|name| components.as_ref()?.parameters.get(name)?.as_item()),
        };
        matches!(parameter, Some(openapiv3::Parameter::Header { parameter_data, .. })
            if session_headers.contains(&parameter_data.name.as_str()))
    };
    for item in view.paths.paths.values_mut() {
        if let ReferenceOr::Item(item) = item {
            item.parameters.retain(|parameter| !from_session(parameter));
        }
    }
    for (_, _, operation) in operations_of(&mut view) {
        operation.parameters.retain(|parameter| !from_session(parameter));
        operation.responses.default = None;
        operation
            .responses
            .responses
            .retain(|code, _| success_code(code).is_some());
    }
    view
}

/// The operation slots of a path item, with their method.
fn slots(item: &mut openapiv3::PathItem) -> [&mut Option<Operation>; 8] {
    [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.options,
        &mut item.head,
        &mut item.patch,
        &mut item.trace,
    ]
}

/// Every operation of `spec`, with its path and method.
pub(crate) fn operations_of(spec: &mut OpenAPI) -> impl Iterator<Item = (&String, &'static str, &mut Operation)> {
    const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    spec.paths.paths.iter_mut().flat_map(|(path, item)| {
        let item = match item {
            ReferenceOr::Item(item) => Some(item),
            ReferenceOr::Reference { .. } => None,
        };
        item.into_iter().flat_map(move |item| {
            METHODS
                .into_iter()
                .zip(slots(item))
                .filter_map(move |(method, slot)| Some((path, method, slot.as_mut()?)))
        })
    })
}

/// The status of a 2xx response code.
pub(crate) fn success_code(code: &StatusCode) -> Option<u16> {
    match code {
        StatusCode::Code(code) if (200..300).contains(code) => Some(*code),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nullable_reference_loses_its_type_and_nothing_else_does() {
        let mut value = serde_json::json!({"properties": {
            "paid_by": {"type": "object", "nullable": true, "allOf": [{"$ref": "#/components/schemas/User"}]},
            "user": {"type": "object", "allOf": [{"$ref": "#/components/schemas/User"}]},
            "note": {"type": "string", "nullable": true}
        }});
        untype_nullable_refs(&mut value);
        let properties = &value["properties"];
        assert!(properties["paid_by"].get("type").is_none());
        assert_eq!(properties["paid_by"]["nullable"], true);
        assert_eq!(properties["user"]["type"], "object");
        assert_eq!(properties["note"]["type"], "string");
    }
}
