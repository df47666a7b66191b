//! `cargo xtask breaking [--base REV]`: what a change of a spec breaks for
//! the clients already written against it, in any language.
//!
//! Both versions are compared bundled (every reference to another spec
//! resolved), operation by operation, the way a client meets them: its
//! path, security and parameters, its request body, its answers, and its
//! callbacks. Schemas are compared where they are used, and *by direction*:
//!
//! - what a client **sends** (request bodies, parameters, the answers a
//!   merchant gives to a callback) breaks when the server accepts less: a
//!   property or parameter newly required, a type or `nullable` narrowed, an
//!   enum value removed, a constraint tightened (`maxLength` down,
//!   `minimum` up, a new `pattern`);
//! - what a client **reads** (answers, callback bodies) breaks when the
//!   server may send more or less than before: a property removed or no
//!   longer required, a type or `nullable` widened, a value added to a
//!   closed enum (an open enum, `anyOf` a list and any string, takes new
//!   values), a constraint loosened (generated types check them when they
//!   decode).
//!
//! A schema that goes away or is renamed breaks the generated types'
//! users even when no operation uses it. Everything else is compatible.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// One finding: whether it breaks callers, and what it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    pub breaking: bool,
    pub what: String,
}

/// Which way a value travels, seen from the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Direction {
    /// The client writes it; the server reads it.
    Sent,
    /// The server writes it; the client reads it.
    Read,
}

/// Compares two bundled specs (as JSON values).
pub fn compare(old: &Value, new: &Value) -> Vec<Change> {
    let mut diff = Diff {
        old,
        new,
        changes: BTreeSet::new(),
        seen: BTreeSet::new(),
    };
    diff.operations();
    diff.schemas();
    let mut changes: Vec<Change> = diff.changes.into_iter().collect();
    changes.sort_by_key(|change| !change.breaking);
    changes
}

struct Diff<'a> {
    old: &'a Value,
    new: &'a Value,
    changes: BTreeSet<Change>,
    /// (old schema, new schema, direction) already compared: recursion stops there.
    seen: BTreeSet<(String, String, Direction)>,
}

/// An operation: where it is, and its object.
struct Operation<'a> {
    place: String,
    value: &'a Value,
    /// Whether it is a callback (the server calls the client).
    callback: bool,
}

impl<'a> Diff<'a> {
    fn breaking(&mut self, what: String) {
        self.changes.insert(Change { breaking: true, what });
    }

    fn compatible(&mut self, what: String) {
        self.changes.insert(Change { breaking: false, what });
    }

    fn operations(&mut self) {
        let (old, new) = (operations(self.old), operations(self.new));
        for (id, before) in &old {
            let Some(after) = new.get(id) else {
                self.breaking(format!("operation `{id}` ({}) removed", before.place));
                continue;
            };
            if after.place != before.place {
                self.breaking(format!(
                    "operation `{id}` moved from {} to {}",
                    before.place, after.place
                ));
            }
            self.operation(id, before, after);
        }
        for (id, after) in &new {
            if !old.contains_key(id) {
                self.compatible(format!("operation `{id}` ({}) added", after.place));
            }
        }
    }

    fn operation(&mut self, id: &str, before: &Operation<'a>, after: &Operation<'a>) {
        // A callback's request is the server's, its answer the client's.
        let (sent, read) = if after.callback {
            (Direction::Read, Direction::Sent)
        } else {
            (Direction::Sent, Direction::Read)
        };
        let (old_security, new_security) = (security(self.old, before.value), security(self.new, after.value));
        if old_security != new_security {
            self.breaking(format!("`{id}`: security {old_security:?} became {new_security:?}"));
        }
        self.parameters(id, before.value, after.value);
        let (old_body, new_body) = (before.value.get("requestBody"), after.value.get("requestBody"));
        let required = |body: Option<&Value>| body.and_then(|b| b.get("required")) == Some(&Value::Bool(true));
        if !required(old_body) && required(new_body) {
            self.breaking(format!("`{id}`: the request body became required"));
        }
        self.contents(&format!("`{id}` request"), old_body, new_body, sent);
        let (old_answers, new_answers) = (
            entries(before.value.get("responses")),
            entries(after.value.get("responses")),
        );
        for (status, old_answer) in &old_answers {
            let place = format!("`{id}` answer {status}");
            match new_answers.get(status) {
                None if status.starts_with('2') => self.breaking(format!("{place} removed")),
                None => self.compatible(format!("{place} removed")),
                Some(new_answer) => self.contents(&place, Some(old_answer), Some(new_answer), read),
            }
        }
        for status in new_answers.keys().filter(|status| !old_answers.contains_key(*status)) {
            let place = format!("`{id}` answer {status}");
            if status.starts_with('2') {
                self.breaking(format!("{place} added: clients do not expect it"));
            } else {
                self.compatible(format!("{place} added"));
            }
        }
    }

    /// Path and query parameters, by place and name.
    fn parameters(&mut self, id: &str, before: &Value, after: &Value) {
        let (old, new) = (parameters(self.old, before), parameters(self.new, after));
        for (key, old_parameter) in &old {
            let place = format!("`{id}` parameter `{}` ({})", key.1, key.0);
            let Some(new_parameter) = new.get(key) else {
                self.compatible(format!("{place} removed"));
                continue;
            };
            if !is_required(old_parameter) && is_required(new_parameter) {
                self.breaking(format!("{place} became required"));
            }
            if let (Some(a), Some(b)) = (old_parameter.get("schema"), new_parameter.get("schema")) {
                self.schema(&place, a, b, Direction::Sent);
            }
        }
        for (key, new_parameter) in &new {
            if !old.contains_key(key) {
                let place = format!("`{id}` parameter `{}` ({})", key.1, key.0);
                if is_required(new_parameter) {
                    self.breaking(format!("{place} added, required"));
                } else {
                    self.compatible(format!("{place} added"));
                }
            }
        }
    }

    /// A request body or an answer: its media types and their schemas.
    fn contents(&mut self, place: &str, before: Option<&Value>, after: Option<&Value>, direction: Direction) {
        let before = before.map(|value| resolve(self.old, value));
        let after = after.map(|value| resolve(self.new, value));
        let (old, new) = (
            entries(before.and_then(|b| b.get("content"))),
            entries(after.and_then(|a| a.get("content"))),
        );
        for (media_type, old_media) in &old {
            match new.get(media_type) {
                None => self.breaking(format!("{place}: {media_type} removed")),
                Some(new_media) => {
                    if let (Some(a), Some(b)) = (old_media.get("schema"), new_media.get("schema")) {
                        self.schema(place, a, b, direction);
                    }
                }
            }
        }
        for media_type in new.keys().filter(|media_type| !old.contains_key(*media_type)) {
            self.compatible(format!("{place}: {media_type} added"));
        }
    }

    /// Compares a schema where it is used, `direction` saying who writes it.
    fn schema(&mut self, place: &str, old: &Value, new: &Value, direction: Direction) {
        let key = (name_of(old), name_of(new), direction);
        if !key.0.is_empty() && !self.seen.insert(key.clone()) {
            return;
        }
        let place = match name_of(new) {
            name if name.is_empty() => place.to_owned(),
            name => format!("{place} (`{name}`)"),
        };
        let (a, b) = (Shape::of(self.old, old), Shape::of(self.new, new));
        self.types(&place, &a, &b, direction);
        self.values(&place, &a, &b, direction);
        self.constraints(&place, &a, &b, direction);
        self.properties(&place, &a, &b, direction);
        if let (Some(x), Some(y)) = (a.items, b.items) {
            self.schema(&format!("{place}[]"), x, y, direction);
        }
        if a.alternatives.len() == b.alternatives.len() {
            for (x, y) in a.alternatives.iter().zip(&b.alternatives) {
                self.schema(&place, x, y, direction);
            }
        } else {
            self.breaking(format!(
                "{place}: {} alternatives became {}",
                a.alternatives.len(),
                b.alternatives.len()
            ));
        }
    }

    fn types(&mut self, place: &str, a: &Shape, b: &Shape, direction: Direction) {
        if a.types == b.types || a.types.is_empty() || b.types.is_empty() {
            return;
        }
        // What the reader takes must cover what the writer may write.
        let (writer, reader) = match direction {
            Direction::Sent => (&a.types, &b.types),
            Direction::Read => (&b.types, &a.types),
        };
        let covered = writer
            .iter()
            .all(|kind| reader.contains(kind) || (kind == "integer" && reader.contains("number")));
        let what = format!("{place}: type {} became {}", a.type_text(), b.type_text());
        if covered {
            self.compatible(what)
        } else {
            self.breaking(what)
        }
    }

    fn values(&mut self, place: &str, a: &Shape, b: &Shape, direction: Direction) {
        let (Some(old), Some(new)) = (&a.values, &b.values) else {
            return;
        };
        for value in old.difference(new) {
            let what = format!("{place}: value {value} removed");
            if direction == Direction::Sent {
                self.breaking(what)
            } else {
                self.compatible(what)
            }
        }
        for value in new.difference(old) {
            let what = format!("{place}: value {value} added");
            if direction == Direction::Read && !b.open {
                self.breaking(what)
            } else {
                self.compatible(what)
            }
        }
    }

    fn constraints(&mut self, place: &str, a: &Shape, b: &Shape, direction: Direction) {
        for (keyword, old) in &a.constraints {
            let new = b.constraints.get(keyword);
            if new == Some(old) {
                continue;
            }
            let tighter = match (keyword.as_str(), new) {
                (_, None) => false,
                ("minLength" | "minimum" | "minItems", Some(new)) => number(new) > number(old),
                ("maxLength" | "maximum" | "maxItems", Some(new)) => number(new) < number(old),
                _ => true,
            };
            let shown = new.map_or_else(|| "none".to_owned(), ToString::to_string);
            let what = format!("{place}: {keyword} {old} became {shown}");
            // Tighter breaks senders; looser breaks readers, whose types check it.
            if tighter == (direction == Direction::Sent) {
                self.breaking(what)
            } else {
                self.compatible(what)
            }
        }
        for (keyword, new) in &b.constraints {
            if !a.constraints.contains_key(keyword) {
                let what = format!("{place}: {keyword} {new} added");
                if direction == Direction::Sent {
                    self.breaking(what)
                } else {
                    self.compatible(what)
                }
            }
        }
    }

    fn properties(&mut self, place: &str, a: &Shape<'_>, b: &Shape<'_>, direction: Direction) {
        for (property, old) in &a.properties {
            let at = format!("{place}.{property}");
            let was_required = a.required.contains(property);
            let Some(new) = b.properties.get(property) else {
                let what = format!("{at} removed");
                if direction == Direction::Read {
                    self.breaking(what)
                } else {
                    self.compatible(what)
                }
                continue;
            };
            let is_required = b.required.contains(property);
            match (was_required, is_required, direction) {
                (false, true, Direction::Sent) => self.breaking(format!("{at} became required")),
                (true, false, Direction::Read) => self.breaking(format!("{at} is no longer always there")),
                (false, true, Direction::Read) => self.compatible(format!("{at} is now always there")),
                (true, false, Direction::Sent) => self.compatible(format!("{at} became optional")),
                _ => {}
            }
            self.schema(&at, old, new, direction);
        }
        for (property, _) in b.properties.iter().filter(|(p, _)| !a.properties.contains_key(*p)) {
            let at = format!("{place}.{property}");
            if direction == Direction::Sent && b.required.contains(property) {
                self.breaking(format!("{at} added, required"));
            } else {
                self.compatible(format!("{at} added"));
            }
        }
    }

    /// Schemas that go away or come: the generated types follow them.
    fn schemas(&mut self) {
        let (old, new) = (
            entries(self.old.pointer("/components/schemas")),
            entries(self.new.pointer("/components/schemas")),
        );
        for name in old.keys().filter(|name| !new.contains_key(*name)) {
            self.breaking(format!("schema `{name}` removed (its generated type goes away)"));
        }
        for name in new.keys().filter(|name| !old.contains_key(*name)) {
            self.compatible(format!("schema `{name}` added"));
        }
    }
}

/// A schema as the comparison sees it, references and the spec's idioms
/// (a nullable reference, an open enum) read through.
struct Shape<'a> {
    types: BTreeSet<String>,
    values: Option<BTreeSet<String>>,
    /// An open enum: any other string is taken too.
    open: bool,
    constraints: BTreeMap<String, Value>,
    properties: BTreeMap<String, &'a Value>,
    required: BTreeSet<String>,
    items: Option<&'a Value>,
    alternatives: Vec<&'a Value>,
}

impl<'a> Shape<'a> {
    fn of(spec: &'a Value, schema: &'a Value) -> Self {
        let mut shape = Shape {
            types: BTreeSet::new(),
            values: None,
            open: false,
            constraints: BTreeMap::new(),
            properties: BTreeMap::new(),
            required: BTreeSet::new(),
            items: None,
            alternatives: Vec::new(),
        };
        shape.read(spec, schema);
        shape
    }

    fn read(&mut self, spec: &'a Value, schema: &'a Value) {
        let schema = resolve(spec, schema);
        let nullable = schema.get("nullable") == Some(&Value::Bool(true));
        if let Some(kind) = schema.get("type").and_then(Value::as_str) {
            self.types.insert(kind.to_owned());
        }
        // `allOf: [one]` beside `nullable` (or a description): that one, maybe null.
        if let Some([only]) = schema.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
            self.types.clear();
            self.read(spec, only);
        }
        if nullable {
            self.types.insert("null".to_owned());
        }
        let alternatives = ["anyOf", "oneOf"]
            .iter()
            .filter_map(|keyword| schema.get(*keyword).and_then(Value::as_array))
            .flatten();
        for alternative in alternatives {
            let alternative = resolve(spec, alternative);
            let plain_string = alternative.get("type").and_then(Value::as_str) == Some("string")
                && alternative
                    .as_object()
                    .is_some_and(|map| map.keys().all(|k| k == "type" || k == "nullable"));
            if let Some(values) = enum_values(alternative) {
                self.values.get_or_insert_with(BTreeSet::new).extend(values);
                self.types.insert("string".to_owned());
            } else if plain_string {
                self.open = true;
                self.types.insert("string".to_owned());
            } else {
                self.alternatives.push(alternative);
            }
        }
        if let Some(values) = enum_values(schema) {
            self.values.get_or_insert_with(BTreeSet::new).extend(values);
        }
        for keyword in [
            "minLength",
            "maxLength",
            "minimum",
            "maximum",
            "pattern",
            "minItems",
            "maxItems",
            "format",
        ] {
            if let Some(value) = schema.get(keyword) {
                self.constraints.insert(keyword.to_owned(), value.clone());
            }
        }
        for (name, property) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            self.properties.insert(name.clone(), property);
        }
        let required = schema.get("required").and_then(Value::as_array).into_iter().flatten();
        self.required
            .extend(required.filter_map(Value::as_str).map(str::to_owned));
        if let Some(items) = schema.get("items") {
            self.items = Some(items);
        }
    }

    fn type_text(&self) -> String {
        self.types.iter().cloned().collect::<Vec<_>>().join(" or ")
    }
}

/// The values of an `enum`, as text (null left out: `nullable` says it).
fn enum_values(schema: &Value) -> Option<BTreeSet<String>> {
    let values = schema.get("enum")?.as_array()?;
    Some(
        values
            .iter()
            .filter(|v| !v.is_null())
            .map(ToString::to_string)
            .collect(),
    )
}

/// operationId -> where it is and what it is, callbacks included.
fn operations(spec: &Value) -> BTreeMap<String, Operation<'_>> {
    let mut found = BTreeMap::new();
    collect_operations(spec.get("paths"), false, &mut found);
    found
}

fn collect_operations<'a>(paths: Option<&'a Value>, callback: bool, found: &mut BTreeMap<String, Operation<'a>>) {
    for (path, item) in paths.and_then(Value::as_object).into_iter().flatten() {
        for (method, operation) in item.as_object().into_iter().flatten() {
            let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let place = format!("{} {path}", method.to_uppercase());
            found.insert(
                id.to_owned(),
                Operation {
                    place,
                    value: operation,
                    callback,
                },
            );
            let callbacks = operation
                .get("callbacks")
                .and_then(Value::as_object)
                .into_iter()
                .flatten();
            for (_, callback_paths) in callbacks {
                collect_operations(Some(callback_paths), true, found);
            }
        }
    }
}

/// The security an operation asks for: its own, or the spec's.
fn security(spec: &Value, operation: &Value) -> Vec<String> {
    let requirements = operation.get("security").or_else(|| spec.get("security"));
    let mut names: Vec<String> = requirements
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .map(|requirement| requirement.keys().cloned().collect::<Vec<_>>().join("+"))
        .collect();
    names.sort();
    names
}

/// An operation's parameters by (place, name), references resolved.
fn parameters<'a>(spec: &'a Value, operation: &'a Value) -> BTreeMap<(String, String), &'a Value> {
    let listed = operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    listed
        .map(|parameter| resolve(spec, parameter))
        .filter_map(|parameter| {
            let place = parameter.get("in")?.as_str()?.to_owned();
            let name = parameter.get("name")?.as_str()?.to_owned();
            Some(((place, name), parameter))
        })
        .collect()
}

fn is_required(parameter: &Value) -> bool {
    parameter.get("required") == Some(&Value::Bool(true))
}

/// `value` with its `$ref` (to this spec) followed.
fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    let mut value = value;
    for _ in 0..16 {
        match value
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        {
            Some(pointer) => match spec.pointer(pointer) {
                Some(target) => value = target,
                None => break,
            },
            None => break,
        }
    }
    value
}

/// The schema name a value refers to (`Bill` for `#/components/schemas/Bill`), or "".
fn name_of(value: &Value) -> String {
    let reference = value.get("$ref").or_else(|| {
        value
            .get("allOf")
            .and_then(|all| all.get(0))
            .and_then(|one| one.get("$ref"))
    });
    reference
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .unwrap_or_default()
        .to_owned()
}

fn number(value: &Value) -> f64 {
    value.as_f64().unwrap_or(0.0)
}

/// The entries of a JSON object (none when `object` is absent or not one).
fn entries(object: Option<&Value>) -> BTreeMap<String, Value> {
    let object = object.and_then(Value::as_object).into_iter().flatten();
    object.map(|(k, v)| (k.clone(), v.clone())).collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// A spec with one operation `pay`: a `Payment` sent, a `Receipt` read,
    /// a query parameter `q`, and a callback `paid` sending a `Receipt`.
    fn spec(payment: Value, receipt: Value, q: Value) -> Value {
        json!({
            "paths": {"/pay": {"post": {
                "operationId": "pay",
                "parameters": [q],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Payment"}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Receipt"}}}}},
                "callbacks": {"paid": {"{$request.body#/url}": {"post": {
                    "operationId": "paid",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Receipt"}}}},
                    "responses": {"200": {"description": "ok"}}
                }}}}
            }}},
            "components": {"schemas": {"Payment": payment, "Receipt": receipt}}
        })
    }

    fn payment() -> Value {
        json!({"type": "object", "required": ["amount"], "properties": {
            "amount": {"type": "integer", "minimum": 1},
            "note": {"type": "string", "maxLength": 10},
            "kind": {"type": "string", "enum": ["card", "wallet"]}
        }})
    }

    fn receipt() -> Value {
        json!({"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string"},
            "state": {"type": "string", "enum": ["paid", "failed"]},
            "status": {"anyOf": [{"type": "string", "enum": ["ok"]}, {"type": "string"}]},
            "payer": {"type": "object", "nullable": true, "allOf": [{"$ref": "#/components/schemas/Payment"}]}
        }})
    }

    fn q() -> Value {
        json!({"name": "q", "in": "query", "schema": {"type": "string"}})
    }

    /// The findings when `change` is made to the spec, as "BREAKING …" or
    /// "compatible …".
    fn findings(change: impl FnOnce(&mut Value)) -> Vec<String> {
        let old = spec(payment(), receipt(), q());
        let mut new = old.clone();
        change(&mut new);
        compare(&old, &new)
            .into_iter()
            .map(|c| format!("{} {}", if c.breaking { "BREAKING" } else { "compatible" }, c.what))
            .collect()
    }

    fn has(found: &[String], verdict: &str, part: &str) -> bool {
        found.iter().any(|f| f.starts_with(verdict) && f.contains(part))
    }

    #[test]
    fn each_change_gets_the_verdict_its_direction_gives_it() {
        type Edit = fn(&mut Value);
        let table: &[(&str, Edit, &str, &str)] = &[
            ("no change", |_| {}, "", ""),
            (
                "operation removed",
                |s| {
                    s["paths"].as_object_mut().unwrap().clear();
                },
                "BREAKING",
                "operation `pay`",
            ),
            (
                "sent: optional property made required",
                |s| s["components"]["schemas"]["Payment"]["required"] = json!(["amount", "note"]),
                "BREAKING",
                "Payment`).note became required",
            ),
            (
                "sent: required property made optional",
                |s| s["components"]["schemas"]["Payment"]["required"] = json!([]),
                "compatible",
                "amount became optional",
            ),
            (
                "sent: maxLength tightened",
                |s| s["components"]["schemas"]["Payment"]["properties"]["note"]["maxLength"] = json!(5),
                "BREAKING",
                "note: maxLength 10 became 5",
            ),
            (
                "sent: maxLength loosened",
                |s| s["components"]["schemas"]["Payment"]["properties"]["note"]["maxLength"] = json!(50),
                "compatible",
                "note: maxLength 10 became 50",
            ),
            (
                "sent: pattern added",
                |s| s["components"]["schemas"]["Payment"]["properties"]["note"]["pattern"] = json!("^a"),
                "BREAKING",
                "pattern",
            ),
            (
                "sent: enum value removed",
                |s| s["components"]["schemas"]["Payment"]["properties"]["kind"]["enum"] = json!(["card"]),
                "BREAKING",
                "value \"wallet\" removed",
            ),
            (
                "sent: enum value added",
                |s| {
                    s["components"]["schemas"]["Payment"]["properties"]["kind"]["enum"] =
                        json!(["card", "wallet", "bank"])
                },
                "compatible",
                "value \"bank\" added",
            ),
            (
                "sent: integer became number",
                |s| s["components"]["schemas"]["Payment"]["properties"]["amount"]["type"] = json!("number"),
                "compatible",
                "type integer became number",
            ),
            (
                "sent: new required property",
                |s| {
                    s["components"]["schemas"]["Payment"]["properties"]["pin"] = json!({"type": "string"});
                    s["components"]["schemas"]["Payment"]["required"] = json!(["amount", "pin"]);
                },
                "BREAKING",
                "pin added, required",
            ),
            (
                "read: property removed",
                |s| {
                    s["components"]["schemas"]["Receipt"]["properties"]
                        .as_object_mut()
                        .unwrap()
                        .remove("state");
                },
                "BREAKING",
                "state removed",
            ),
            (
                "read: required made optional",
                |s| s["components"]["schemas"]["Receipt"]["required"] = json!([]),
                "BREAKING",
                "id is no longer always there",
            ),
            (
                "read: closed enum value added",
                |s| {
                    s["components"]["schemas"]["Receipt"]["properties"]["state"]["enum"] =
                        json!(["paid", "failed", "held"])
                },
                "BREAKING",
                "value \"held\" added",
            ),
            (
                "read: open enum value added",
                |s| {
                    s["components"]["schemas"]["Receipt"]["properties"]["status"]["anyOf"][0]["enum"] =
                        json!(["ok", "late"])
                },
                "compatible",
                "value \"late\" added",
            ),
            (
                "read: enum value removed",
                |s| s["components"]["schemas"]["Receipt"]["properties"]["state"]["enum"] = json!(["paid"]),
                "compatible",
                "value \"failed\" removed",
            ),
            (
                "read: became nullable",
                |s| s["components"]["schemas"]["Receipt"]["properties"]["id"]["nullable"] = json!(true),
                "BREAKING",
                "id: type string became null or string",
            ),
            (
                "read: no longer nullable",
                |s| {
                    s["components"]["schemas"]["Receipt"]["properties"]["payer"]
                        .as_object_mut()
                        .unwrap()
                        .remove("nullable");
                },
                "compatible",
                "payer (`Payment`): type null or object became object",
            ),
            (
                "read through a nullable reference",
                |s| s["components"]["schemas"]["Payment"]["properties"]["amount"]["minimum"] = json!(0),
                "BREAKING",
                "Receipt`).payer (`Payment`).amount: minimum 1 became 0",
            ),
            (
                "parameter made required",
                |s| s["paths"]["/pay"]["post"]["parameters"][0]["required"] = json!(true),
                "BREAKING",
                "parameter `q` (query) became required",
            ),
            (
                "required parameter added",
                |s| {
                    s["paths"]["/pay"]["post"]["parameters"] =
                        json!([q(), {"name": "r", "in": "query", "required": true, "schema": {"type": "string"}}])
                },
                "BREAKING",
                "parameter `r` (query) added, required",
            ),
            (
                "parameter narrowed",
                |s| s["paths"]["/pay"]["post"]["parameters"][0]["schema"]["maxLength"] = json!(3),
                "BREAKING",
                "parameter `q` (query): maxLength 3 added",
            ),
            (
                "success answer removed",
                |s| s["paths"]["/pay"]["post"]["responses"] = json!({"201": {"description": "ok"}}),
                "BREAKING",
                "answer 200 removed",
            ),
            (
                "error answer added",
                |s| s["paths"]["/pay"]["post"]["responses"]["400"] = json!({"description": "bad"}),
                "compatible",
                "answer 400 added",
            ),
            (
                "security changed",
                |s| s["paths"]["/pay"]["post"]["security"] = json!([{"customer": []}]),
                "BREAKING",
                "security",
            ),
            (
                "schema added",
                |s| {
                    s["components"]["schemas"]
                        .as_object_mut()
                        .unwrap()
                        .insert("Unused".into(), json!({}));
                },
                "compatible",
                "schema `Unused` added",
            ),
        ];
        for (name, edit, verdict, part) in table {
            let found = findings(*edit);
            if verdict.is_empty() {
                assert!(found.is_empty(), "{name}: {found:?}");
            } else {
                assert!(
                    has(&found, verdict, part),
                    "{name}: wanted {verdict} …{part}…, found {found:?}"
                );
            }
        }
    }

    #[test]
    fn a_callback_body_is_read_by_the_client() {
        // Only the callback uses `Receipt` here: iHela sends it, the
        // merchant reads it, so a property removed breaks the merchant.
        let mut old = spec(payment(), receipt(), q());
        old["paths"]["/pay"]["post"]["responses"]["200"] = json!({"description": "ok"});
        let mut new = old.clone();
        new["components"]["schemas"]["Receipt"]["properties"]
            .as_object_mut()
            .unwrap()
            .remove("id");
        let found = compare(&old, &new);
        assert!(
            found
                .iter()
                .any(|c| c.breaking && c.what.contains("`paid` request (`Receipt`).id removed")),
            "{found:?}"
        );
    }
}
