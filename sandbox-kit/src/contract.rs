//! Reading requests through the contract: a sandbox never reads a field by
//! name or checks a limit of its own. For each operation of its spec, the
//! request's body (JSON, or a form when the operation takes one) and its
//! path and query parameters are validated against the spec's schemas, every
//! problem at once, then deserialized into the generated types:
//! [`Valid<T>`] for the body, [`Params<T>`] for the parameters.
//!
//! The schemas are OpenAPI 3.0's, read as JSON Schema draft 4 (`nullable`
//! becomes a `null` type allowed; keywords JSON Schema does not know, such as
//! `example`, are ignored). How a problem is worded to the caller is each
//! sandbox's business ([`Gateway::reject`]): the gateway it stands for has
//! its own error bodies.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, MatchedPath, RawPathParams, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use axum::response::{IntoResponse, Response};
use jsonschema::error::{TypeKind, ValidationErrorKind};

use crate::Gateway;
use jsonschema::{Draft, ValidationError, Validator};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";

/// Why a request does not follow the contract.
#[derive(Debug, Clone, PartialEq)]
pub enum Rejection {
    /// Values that the schemas refuse, every one.
    Invalid(Vec<Problem>),
    /// A body that is not JSON (or not a form) at all.
    Unreadable(String),
    /// A media type the operation does not take.
    UnsupportedMediaType(String),
}

/// One value the schema refuses.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where: the property's name (`amount`), a path for nested ones
    /// (`payee.partyId`), or empty for the request as a whole.
    pub field: String,
    /// What is wrong with it.
    pub kind: ProblemKind,
}

/// What is wrong with a value, as the schema says it.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// A required property is missing (or null where null is not allowed).
    Required,
    /// The value is not of the schema's type (`integer`, `string`, …).
    Type(String),
    /// A string shorter than `minLength` (a blank one when it is 1).
    TooShort(u64),
    /// A string longer than `maxLength`.
    TooLong(u64),
    /// A number below `minimum`.
    BelowMinimum(Value),
    /// A number above `maximum`.
    AboveMaximum(Value),
    /// A string that does not match the schema's `pattern`.
    Pattern(String),
    /// A value outside the schema's `enum`.
    NotAllowed,
    /// The request matches none, or more than one, of the body's
    /// alternatives (`oneOf`), and which one was meant is not clear.
    Ambiguous,
    /// Anything else the schema refuses, in the validator's words.
    Other(String),
}

/// One operation of the contract.
struct Operation {
    /// The media types its body may come in, and the validator of its body.
    body: Option<(Vec<String>, Body)>,
    /// The validator of its path and query parameters, as one object.
    parameters: Option<Body>,
}

/// A schema, compiled, and the types of its properties (to read a form).
struct Body {
    validator: Validator,
    property_types: HashMap<String, String>,
}

/// The operations of a spec, by method and path.
pub struct Contract {
    operations: HashMap<(Method, String), Operation>,
    /// Whether a whole number written with a fraction (`500.0`) is read
    /// as the integer a schema asks for.
    whole_floats: bool,
}

impl std::fmt::Debug for Contract {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Contract")
            .field("operations", &self.operations.len())
            .finish()
    }
}

impl Contract {
    /// Reads `specs`, OpenAPI 3.0 documents (as JSON: the gateway's contract
    /// and the sandbox's controls), and compiles the schemas of every
    /// operation's body and parameters.
    ///
    /// # Errors
    /// When a spec is not JSON, or a schema does not compile (a `$ref` to
    /// nothing, a bad pattern).
    pub fn new(specs: &[&str]) -> Result<Self, String> {
        let mut operations = HashMap::new();
        for spec in specs {
            let spec: Value = serde_json::from_str(spec).map_err(|e| format!("a spec is not JSON: {e}"))?;
            add_operations(&spec, &mut operations)?;
        }
        Ok(Self {
            operations,
            whole_floats: false,
        })
    }

    /// Reads a whole number written with a fraction (`500.0`) as the
    /// integer a body's property asks for, as Django REST framework's
    /// `IntegerField` does (`500.5` stays refused): for a gateway that
    /// accepts what clients written in Python send.
    pub fn read_whole_floats_as_integers(&mut self) {
        self.whole_floats = true;
    }

    fn operation(&self, method: &Method, path: &str) -> Option<&Operation> {
        self.operations.get(&(method.clone(), path.to_owned()))
    }

    /// Checks the body `bytes`, of media type `content_type`, sent to
    /// `method path` (the spec's path template), and reads it as `T`.
    ///
    /// # Errors
    /// The [`Rejection`] that says what does not follow the contract.
    pub fn read_body<T: DeserializeOwned>(
        &self,
        method: &Method,
        path: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Result<T, Rejection> {
        let no_body = || Rejection::UnsupportedMediaType(format!("{method} {path} takes no body"));
        let (media_types, body) = self
            .operation(method, path)
            .and_then(|operation| operation.body.as_ref())
            .ok_or_else(no_body)?;
        let media_type = content_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let media_type = if media_type.is_empty() {
            JSON.to_owned()
        } else {
            media_type
        };
        if !media_types.contains(&media_type) {
            return Err(Rejection::UnsupportedMediaType(media_type));
        }
        let value = if bytes.iter().all(u8::is_ascii_whitespace) {
            Value::Object(Map::new())
        } else if media_type == FORM {
            let pairs: Vec<(String, String)> =
                serde_urlencoded::from_bytes(bytes).map_err(|e| Rejection::Unreadable(e.to_string()))?;
            body.object(pairs)
        } else {
            let mut value = serde_json::from_slice(bytes).map_err(|e| Rejection::Unreadable(e.to_string()))?;
            if self.whole_floats {
                body.whole_floats_as_integers(&mut value);
            }
            value
        };
        body.read(value)
    }

    /// Checks the path and query parameters of `method path` (the spec's
    /// path template) and reads them as `T`.
    ///
    /// # Errors
    /// The [`Rejection`] that says what does not follow the contract.
    pub fn read_parameters<T: DeserializeOwned>(
        &self,
        method: &Method,
        path: &str,
        values: Vec<(String, String)>,
    ) -> Result<T, Rejection> {
        match self
            .operation(method, path)
            .and_then(|operation| operation.parameters.as_ref())
        {
            Some(parameters) => parameters.read(parameters.object(values)),
            None => serde_json::from_value(json!({})).map_err(|e| Rejection::Unreadable(e.to_string())),
        }
    }
}

impl Body {
    /// A schema of the spec, with its `components` to resolve references.
    fn new(schema: &Value, components: &Value) -> Result<Self, String> {
        let mut schema = schema.clone();
        as_json_schema(&mut schema);
        let document = json!({ "allOf": [schema], "components": components });
        let validator = jsonschema::options()
            .with_draft(Draft::Draft4)
            .should_validate_formats(false)
            .build(&document)
            .map_err(|e| e.to_string())?;
        let mut property_types = HashMap::new();
        collect_property_types(&schema, components, &mut property_types);
        Ok(Self {
            validator,
            property_types,
        })
    }

    /// Text values (a form, a query) as the object the schema expects:
    /// integers, numbers and booleans read as such where the schema says
    /// so (and left as text when they do not read, for the schema to say).
    fn object(&self, pairs: Vec<(String, String)>) -> Value {
        let mut object = Map::new();
        for (name, text) in pairs {
            let value = match self.property_types.get(&name).map(String::as_str) {
                Some("integer") => text.trim().parse::<i64>().map(Value::from).ok(),
                Some("number") => text.trim().parse::<f64>().ok().map(Value::from),
                Some("boolean") => text.trim().parse::<bool>().ok().map(Value::from),
                _ => None,
            };
            object.insert(name, value.unwrap_or(Value::String(text)));
        }
        Value::Object(object)
    }

    /// The properties of `value` whose schema is an integer and that hold
    /// a whole number written with a fraction, as integers.
    fn whole_floats_as_integers(&self, value: &mut Value) {
        let Value::Object(object) = value else {
            return;
        };
        for (name, property) in object.iter_mut() {
            let whole = property
                .as_f64()
                .filter(|number| property.is_f64() && number.fract() == 0.0 && number.abs() < 9e15);
            if let Some(number) = whole
                && self.property_types.get(name).map(String::as_str) == Some("integer")
            {
                // Whole and within 2^53: exact as an integer.
                #[allow(clippy::cast_possible_truncation)]
                let integer = number as i64;
                *property = Value::from(integer);
            }
        }
    }

    /// `value`, checked against the schema, as `T`.
    fn read<T: DeserializeOwned>(&self, value: Value) -> Result<T, Rejection> {
        let problems: Vec<Problem> = self.validator.iter_errors(&value).flat_map(|e| problems(&e)).collect();
        if !problems.is_empty() {
            return Err(Rejection::Invalid(problems));
        }
        // What the schema accepts, the generated types read.
        serde_json::from_value(value).map_err(|error| {
            Rejection::Invalid(vec![Problem {
                field: String::new(),
                kind: ProblemKind::Other(error.to_string()),
            }])
        })
    }
}

/// The problems one validation error stands for. For a `oneOf` that no
/// alternative matches, those of the alternative that comes closest (the
/// fewest problems): a request that names an account one way gets told
/// what that way lacks.
fn problems(error: &ValidationError<'_>) -> Vec<Problem> {
    let field = field_of(error);
    let kind = match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let field = if field.is_empty() {
                name.to_owned()
            } else {
                format!("{field}.{name}")
            };
            return vec![Problem {
                field,
                kind: ProblemKind::Required,
            }];
        }
        ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::AnyOf { context } => {
            let closest = context.iter().min_by_key(|errors| errors.len());
            return match closest {
                Some(errors) if !errors.is_empty() && field.is_empty() => errors.iter().flat_map(problems).collect(),
                _ => vec![Problem {
                    field,
                    kind: ProblemKind::Other(error.to_string()),
                }],
            };
        }
        ValidationErrorKind::OneOfMultipleValid { .. } => ProblemKind::Ambiguous,
        ValidationErrorKind::Type { kind } => ProblemKind::Type(match kind {
            TypeKind::Single(kind) => kind.to_string(),
            TypeKind::Multiple(kinds) => kinds
                .iter()
                .map(|kind| kind.to_string())
                .collect::<Vec<_>>()
                .join(" or "),
        }),
        ValidationErrorKind::MinLength { limit } => ProblemKind::TooShort(*limit),
        ValidationErrorKind::MaxLength { limit } => ProblemKind::TooLong(*limit),
        ValidationErrorKind::Minimum { limit } | ValidationErrorKind::ExclusiveMinimum { limit } => {
            ProblemKind::BelowMinimum(limit.clone())
        }
        ValidationErrorKind::Maximum { limit } | ValidationErrorKind::ExclusiveMaximum { limit } => {
            ProblemKind::AboveMaximum(limit.clone())
        }
        ValidationErrorKind::Pattern { pattern } => ProblemKind::Pattern(pattern.clone()),
        ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. } => ProblemKind::NotAllowed,
        _ => ProblemKind::Other(error.to_string()),
    };
    vec![Problem { field, kind }]
}

/// The dotted path of the value an error is about (empty: the whole request).
fn field_of(error: &ValidationError<'_>) -> String {
    let segments: Vec<String> = error.instance_path().iter().map(|s| s.to_string()).collect();
    segments.join(".")
}

/// The path of a server URL, where a gateway's operations start: `/{environment}/ipg/v2/{market}`
/// of `https://openapi.m-pesa.com/{environment}/ipg/v2/{market}`; empty for a URL without one.
/// A sandbox serves the operations of such a spec under it.
pub fn server_path(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or("", |start| after_scheme[start..].trim_end_matches('/'))
}

/// Compiles the operations of `spec` into `operations`, each under the path
/// of the spec's first server, whose variables are read as path parameters
/// (their `enum` checked).
fn add_operations(spec: &Value, operations: &mut HashMap<(Method, String), Operation>) -> Result<(), String> {
    let mut components = spec.get("components").cloned().unwrap_or_else(|| json!({}));
    as_json_schema(&mut components);
    let server = spec.pointer("/servers/0");
    let base = server
        .and_then(|server| server.get("url"))
        .and_then(Value::as_str)
        .map_or("", server_path);
    let variables: Vec<Value> = server
        .and_then(|server| server.get("variables"))
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(name, _)| base.contains(&format!("{{{name}}}")))
        .map(|(name, variable)| {
            let mut schema = json!({ "type": "string" });
            if let Some(values) = variable.get("enum") {
                schema["enum"] = values.clone();
            }
            json!({ "name": name, "in": "path", "required": true, "schema": schema })
        })
        .collect();
    let variables = Value::from(variables);
    let paths = spec.get("paths").and_then(Value::as_object).into_iter().flatten();
    for (path, item) in paths {
        for (method, operation) in item.as_object().into_iter().flatten() {
            let Ok(method) = method.to_ascii_uppercase().parse::<Method>() else {
                continue;
            };
            if operation.get("operationId").is_none() {
                continue;
            }
            let shared = [Some(&variables), item.get("parameters")];
            let compiled = Operation {
                body: body(operation, &components)?,
                parameters: parameters(operation, shared, &components)?,
            };
            operations.insert((method, format!("{base}{path}")), compiled);
        }
    }
    Ok(())
}

/// The schema of an operation's body (inline, or a reference to the
/// spec's `requestBodies`), in the media types it lists (JSON, a form);
/// none when it takes no body.
fn body(operation: &Value, components: &Value) -> Result<Option<(Vec<String>, Body)>, String> {
    let Some(request_body) = operation.get("requestBody") else {
        return Ok(None);
    };
    let request_body = match request_body.get("$ref").and_then(Value::as_str) {
        Some(reference) => reference
            .strip_prefix("#/components")
            .and_then(|pointer| components.pointer(pointer))
            .ok_or_else(|| format!("no request body {reference}"))?,
        None => request_body,
    };
    let Some(content) = request_body.get("content").and_then(Value::as_object) else {
        return Ok(None);
    };
    let media_types: Vec<String> = content.keys().cloned().collect();
    let schema = [JSON, FORM]
        .iter()
        .find_map(|media_type| content.get(*media_type)?.get("schema"));
    match schema {
        Some(schema) => Ok(Some((media_types, Body::new(schema, components)?))),
        None => Ok(None),
    }
}

/// The path and query parameters of an operation (and those `shared`: its
/// server's variables, its path item's), as the schema of one object; none
/// when it has none.
fn parameters(operation: &Value, shared: [Option<&Value>; 2], components: &Value) -> Result<Option<Body>, String> {
    let mut properties = Map::new();
    let mut required = Vec::new();
    let declared = [shared[0], shared[1], operation.get("parameters")]
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten();
    for parameter in declared {
        let parameter = match parameter.get("$ref").and_then(Value::as_str) {
            Some(reference) => reference
                .strip_prefix("#/components")
                .and_then(|pointer| components.pointer(pointer))
                .ok_or_else(|| format!("no parameter {reference}"))?,
            None => parameter,
        };
        let location = parameter.get("in").and_then(Value::as_str);
        let Some(name) = parameter.get("name").and_then(Value::as_str) else {
            continue;
        };
        if !matches!(location, Some("path" | "query")) {
            continue;
        }
        properties.insert(
            name.to_owned(),
            parameter.get("schema").cloned().unwrap_or_else(|| json!({})),
        );
        if parameter.get("required") == Some(&Value::Bool(true)) {
            required.push(name.to_owned());
        }
    }
    if properties.is_empty() {
        return Ok(None);
    }
    let mut schema = json!({ "type": "object", "properties": properties });
    // Draft 4 wants at least one name in `required`, or no `required`.
    if !required.is_empty() {
        schema["required"] = Value::from(required);
    }
    Body::new(&schema, components).map(Some)
}

/// The JSON types of the properties `schema` (or the schemas it names,
/// or its alternatives) declares.
fn collect_property_types(schema: &Value, components: &Value, types: &mut HashMap<String, String>) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        if let Some(target) = reference
            .strip_prefix("#/components")
            .and_then(|p| components.pointer(p))
        {
            collect_property_types(target, components, types);
        }
        return;
    }
    for alternatives in ["allOf", "oneOf", "anyOf"] {
        for alternative in schema.get(alternatives).and_then(Value::as_array).into_iter().flatten() {
            collect_property_types(alternative, components, types);
        }
    }
    for (name, property) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if let Some(kind) = json_type(property, components) {
            types.entry(name.clone()).or_insert(kind);
        }
    }
}

/// The single JSON type of `schema`, following references; none when it
/// allows several (a PIN as text or integer stays text).
fn json_type(schema: &Value, components: &Value) -> Option<String> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let target = reference
            .strip_prefix("#/components")
            .and_then(|p| components.pointer(p))?;
        return json_type(target, components);
    }
    match schema.get("type") {
        Some(Value::String(kind)) => Some(kind.clone()),
        Some(Value::Array(kinds)) => {
            let mut kinds = kinds.iter().filter_map(Value::as_str).filter(|kind| *kind != "null");
            let kind = kinds.next()?;
            kinds.next().is_none().then(|| kind.to_owned())
        }
        _ => {
            let all_of = schema.get("allOf")?.as_array()?;
            match all_of.as_slice() {
                [only] => json_type(only, components),
                _ => None,
            }
        }
    }
}

/// OpenAPI 3.0's schemas as JSON Schema draft 4: `nullable: true` allows a
/// `null` (in `type`, in `enum`, or beside a schema that has no `type`).
fn as_json_schema(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("nullable") == Some(&Value::Bool(true)) {
                map.remove("nullable");
                if let Some(Value::Array(values)) = map.get_mut("enum") {
                    values.push(Value::Null);
                }
                match map.get("type").cloned() {
                    Some(Value::String(kind)) => {
                        map.insert("type".to_owned(), json!([kind, "null"]));
                    }
                    _ => {
                        let inner = Value::Object(std::mem::take(map));
                        map.insert("anyOf".to_owned(), json!([inner, { "type": "null" }]));
                    }
                }
            }
            map.values_mut().for_each(as_json_schema);
        }
        Value::Array(items) => items.iter_mut().for_each(as_json_schema),
        _ => {}
    }
}

/// The body of a request, checked against its operation's schema in the
/// contract and read into the generated type `T`. A request that does not
/// follow the contract is answered by [`Gateway::reject`]; a handler that
/// answers it otherwise takes `Result<Valid<T>, Refused>`.
#[derive(Debug, Clone)]
pub struct Valid<T>(pub T);

impl<T: DeserializeOwned, G: Gateway> FromRequest<Arc<G>> for Valid<T> {
    type Rejection = Refused;

    async fn from_request(request: Request, gateway: &Arc<G>) -> Result<Self, Refused> {
        let method = request.method().clone();
        let path = matched_path(request.extensions().get::<MatchedPath>());
        let content_type = content_type(request.headers());
        let bytes = Bytes::from_request(request, gateway)
            .await
            .map_err(|e| Refused::new(gateway.as_ref(), Rejection::Unreadable(e.body_text())))?;
        gateway
            .contract()
            .read_body(&method, &path, &content_type, &bytes)
            .map(Valid)
            .map_err(|rejection| Refused::new(gateway.as_ref(), rejection))
    }
}

/// The path and query parameters of a request, checked against its
/// operation's parameters in the contract and read into `T` (a struct with
/// a field per parameter, generated: `parameters::LookupCustomer`).
#[derive(Debug, Clone)]
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, G: Gateway> FromRequestParts<Arc<G>> for Params<T> {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, gateway: &Arc<G>) -> Result<Self, Refused> {
        let path = matched_path(parts.extensions.get::<MatchedPath>());
        let mut values: Vec<(String, String)> = match RawPathParams::from_request_parts(parts, gateway).await {
            Ok(params) => params.iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect(),
            Err(_) => Vec::new(),
        };
        let query = parts.uri.query().unwrap_or_default();
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query)
            .map_err(|e| Refused::new(gateway.as_ref(), Rejection::Unreadable(e.to_string())))?;
        values.extend(pairs);
        gateway
            .contract()
            .read_parameters(&parts.method, &path, values)
            .map(Params)
            .map_err(|rejection| Refused::new(gateway.as_ref(), rejection))
    }
}

/// A request that does not follow the contract: why, and the gateway's
/// answer to it ([`Gateway::reject`]), which is what it responds with.
#[derive(Debug)]
pub struct Refused {
    /// Why.
    pub rejection: Rejection,
    answer: Response,
}

impl Refused {
    fn new(gateway: &impl Gateway, rejection: Rejection) -> Self {
        Self {
            answer: gateway.reject(rejection.clone()),
            rejection,
        }
    }

    /// The fields the schemas refused (empty for a body that does not read at all).
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        let problems = match &self.rejection {
            Rejection::Invalid(problems) => problems.as_slice(),
            _ => &[],
        };
        problems.iter().map(|problem| problem.field.as_str())
    }
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        self.answer
    }
}

fn matched_path(path: Option<&MatchedPath>) -> String {
    path.map(|path| path.as_str().to_owned()).unwrap_or_default()
}

fn content_type(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The wire name of a field of a generated type, checked by the compiler:
/// `field!(request.bank)` is `"bank"`, and so is `field!(BillInitRequest,
/// bank)` without a value; either stops compiling the day the spec renames
/// the property. For the problems a sandbox finds itself (an unknown bank),
/// named like the schema's.
#[macro_export]
macro_rules! field {
    ($value:ident . $field:ident) => {{
        let _ = &$value.$field;
        stringify!($field)
    }};
    ($type:path, $field:ident) => {{
        let _ = |value: &$type| {
            let _ = &value.$field;
        };
        stringify!($field)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Value {
        json!({
            "paths": {
                "/bills/": {"post": {"operationId": "create", "requestBody": {"content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Bill"}},
                    "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Bill"}}
                }}}},
                "/pay/": {"post": {"operationId": "pay", "requestBody": {"content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Payout"}}
                }}}},
                "/bank/{slug}/": {"get": {"operationId": "lookup", "parameters": [
                    {"name": "slug", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/Slug"}},
                    {"name": "id", "in": "query", "schema": {"type": "string", "minLength": 1}}
                ]}},
                "/search/": {"get": {"operationId": "search", "parameters": [
                    {"name": "q", "in": "query", "schema": {"type": "string"}}
                ]}}
            },
            "components": {"schemas": {
                "Slug": {"type": "string", "minLength": 1},
                "Francs": {"type": "integer", "minimum": 1},
                "Bill": {"type": "object", "required": ["amount", "reference"], "properties": {
                    "amount": {"allOf": [{"$ref": "#/components/schemas/Francs"}]},
                    "reference": {"type": "string", "minLength": 1, "maxLength": 8},
                    "note": {"type": "string", "nullable": true}
                }},
                "ByAccount": {"type": "object", "required": ["account", "amount"], "properties": {
                    "account": {"type": "string"}, "amount": {"type": "integer"}}},
                "ByPhone": {"type": "object", "required": ["phone", "amount", "currency"], "properties": {
                    "phone": {"type": "string"}, "amount": {"type": "integer"}, "currency": {"type": "string"}}},
                "Payout": {"oneOf": [{"$ref": "#/components/schemas/ByAccount"}, {"$ref": "#/components/schemas/ByPhone"}]}
            }}
        })
    }

    fn problems_of(result: Result<Value, Rejection>) -> Vec<(String, ProblemKind)> {
        match result {
            Err(Rejection::Invalid(problems)) => problems.into_iter().map(|p| (p.field, p.kind)).collect(),
            other => panic!("not invalid: {other:?}"),
        }
    }

    #[test]
    fn every_problem_of_a_body_is_named_at_once() {
        let contract = Contract::new(&[&spec().to_string()]).unwrap();
        let read = |body: &str| contract.read_body::<Value>(&Method::POST, "/bills/", JSON, body.as_bytes());
        let mut found = problems_of(read(r#"{"amount": 0, "reference": "far too long", "note": null}"#));
        found.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            found,
            [
                ("amount".into(), ProblemKind::BelowMinimum(json!(1))),
                ("reference".into(), ProblemKind::TooLong(8)),
            ]
        );
        assert_eq!(
            problems_of(read("{}")),
            [
                ("amount".into(), ProblemKind::Required),
                ("reference".into(), ProblemKind::Required)
            ]
        );
        assert_eq!(read(r#"{"amount": 5, "reference": "r"}"#).unwrap()["amount"], 5);
        assert!(matches!(read("{not json"), Err(Rejection::Unreadable(_))));
        let xml = contract.read_body::<Value>(&Method::POST, "/bills/", "text/xml", b"<a/>");
        assert!(matches!(xml, Err(Rejection::UnsupportedMediaType(_))));
    }

    #[test]
    fn whole_floats_are_integers_only_when_the_gateway_says_so() {
        let mut contract = Contract::new(&[&spec().to_string()]).unwrap();
        let body = |amount: &str| format!(r#"{{"amount": {amount}, "reference": "r"}}"#);
        let read = |contract: &Contract, amount: &str| {
            contract.read_body::<Value>(&Method::POST, "/bills/", JSON, body(amount).as_bytes())
        };
        assert_eq!(
            problems_of(read(&contract, "500.0")),
            [("amount".into(), ProblemKind::Type("integer".into()))]
        );
        contract.read_whole_floats_as_integers();
        assert_eq!(read(&contract, "500.0").unwrap()["amount"], json!(500));
        assert_eq!(
            problems_of(read(&contract, "500.5")),
            [("amount".into(), ProblemKind::Type("integer".into()))]
        );
    }

    #[test]
    fn a_form_is_read_with_the_schemas_types() {
        let contract = Contract::new(&[&spec().to_string()]).unwrap();
        let form = |body: &str| contract.read_body::<Value>(&Method::POST, "/bills/", FORM, body.as_bytes());
        assert_eq!(
            form("amount=2000&reference=r-1").unwrap(),
            json!({"amount": 2000, "reference": "r-1"})
        );
        assert_eq!(
            problems_of(form("amount=lots&reference=r-1")),
            [("amount".into(), ProblemKind::Type("integer".into()))]
        );
        let json_only = contract.read_body::<Value>(&Method::POST, "/pay/", FORM, b"amount=1");
        assert!(matches!(json_only, Err(Rejection::UnsupportedMediaType(_))));
    }

    #[test]
    fn an_unmatched_alternative_is_told_what_the_closest_one_lacks() {
        let contract = Contract::new(&[&spec().to_string()]).unwrap();
        let read = |body: &str| contract.read_body::<Value>(&Method::POST, "/pay/", JSON, body.as_bytes());
        assert_eq!(
            problems_of(read(r#"{"account": "A-1"}"#)),
            [("amount".into(), ProblemKind::Required)]
        );
        assert!(read(r#"{"phone": "2547", "amount": 1, "currency": "KES"}"#).is_ok());
    }

    #[test]
    fn parameters_are_read_from_path_and_query() {
        let contract = Contract::new(&[&spec().to_string()]).unwrap();
        let read = |values: &[(&str, &str)]| {
            let values = values.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
            contract.read_parameters::<Value>(&Method::GET, "/bank/{slug}/", values)
        };
        assert_eq!(
            read(&[("slug", "MF1"), ("id", "7")]).unwrap(),
            json!({"slug": "MF1", "id": "7"})
        );
        assert_eq!(problems_of(read(&[("slug", ""), ("id", "")])).len(), 2);
        // Only optional parameters: none given is fine.
        let none = contract.read_parameters::<Value>(&Method::GET, "/search/", Vec::new());
        assert_eq!(none.unwrap(), json!({}));
    }

    #[test]
    fn operations_live_under_their_servers_path_whose_variables_are_checked() {
        assert_eq!(
            server_path("https://openapi.m-pesa.com/{environment}/ipg/v2/{market}/"),
            "/{environment}/ipg/v2/{market}"
        );
        assert_eq!(server_path("https://sandbox.safaricom.co.ke"), "");
        let spec = json!({
            "servers": [{"url": "https://gw.example/{environment}/v2", "variables": {
                "environment": {"default": "sandbox", "enum": ["sandbox", "live"]}}}],
            "paths": {"/status/": {"get": {"operationId": "status", "parameters": [
                {"name": "id", "in": "query", "required": true, "schema": {"type": "string"}}
            ]}}}
        });
        let contract = Contract::new(&[&spec.to_string()]).unwrap();
        let path = "/{environment}/v2/status/";
        let pairs = |environment: &str| {
            vec![
                ("environment".to_owned(), environment.to_owned()),
                ("id".to_owned(), "7".to_owned()),
            ]
        };
        let read: Value = contract.read_parameters(&Method::GET, path, pairs("live")).unwrap();
        assert_eq!(read["id"], "7");
        let refused = contract.read_parameters::<Value>(&Method::GET, path, pairs("staging"));
        assert_eq!(
            problems_of(refused),
            vec![("environment".to_owned(), ProblemKind::NotAllowed)]
        );
        let unknown = contract.read_parameters::<Value>(&Method::GET, "/status/", pairs("live"));
        assert!(
            unknown.is_ok(),
            "the bare path is no operation of the spec: nothing to check"
        );
    }

    #[test]
    fn the_field_macro_names_a_field_the_compiler_checked() {
        struct Request {
            bank: u8,
        }
        let request = Request { bank: 1 };
        assert_eq!(field!(request.bank), "bank");
        assert_eq!(request.bank, 1);
    }
}
