//! `cargo xtask breaking [--base REV]`: what a change of the spec breaks for
//! existing callers, against the spec at a git revision.
//!
//! Every caller (the Rust types, a generated TypeScript or Python client)
//! breaks when an operation goes away or moves, a schema or one of its
//! properties goes away, a property's type changes, a property becomes
//! required or stops being required (a Rust field changes between `T` and
//! `Option<T>`), or an enum loses a value. Additions are listed as
//! compatible.

use std::collections::BTreeMap;

use serde_json::Value;

/// One finding: whether it breaks callers, and what it is.
#[derive(Debug, PartialEq, Eq)]
pub struct Change {
    pub breaking: bool,
    pub what: String,
}

/// Compares two specs (as JSON values).
pub fn compare(old: &Value, new: &Value) -> Vec<Change> {
    let mut changes = Vec::new();
    let (old_ops, new_ops) = (operations(old), operations(new));
    for (id, place) in &old_ops {
        match new_ops.get(id) {
            None => changes.push(breaking(format!("operation `{id}` ({place}) removed"))),
            Some(moved) if moved != place => {
                changes.push(breaking(format!("operation `{id}` moved from {place} to {moved}")))
            }
            Some(_) => {}
        }
    }
    for (id, place) in &new_ops {
        if !old_ops.contains_key(id) {
            changes.push(compatible(format!("operation `{id}` ({place}) added")));
        }
    }
    let (old_schemas, new_schemas) = (schemas(old), schemas(new));
    for (name, old_schema) in &old_schemas {
        match new_schemas.get(name) {
            None => changes.push(breaking(format!("schema `{name}` removed"))),
            Some(new_schema) => compare_schema(name, old_schema, new_schema, &mut changes),
        }
    }
    for name in new_schemas.keys().filter(|name| !old_schemas.contains_key(*name)) {
        changes.push(compatible(format!("schema `{name}` added")));
    }
    changes
}

fn breaking(what: String) -> Change {
    Change { breaking: true, what }
}

fn compatible(what: String) -> Change {
    Change { breaking: false, what }
}

/// operationId -> "METHOD path", callbacks included.
fn operations(spec: &Value) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    collect_operations(spec.get("paths"), &mut found);
    found
}

fn collect_operations(paths: Option<&Value>, found: &mut BTreeMap<String, String>) {
    let Some(paths) = paths.and_then(Value::as_object) else {
        return;
    };
    for (path, item) in paths {
        for (method, operation) in item.as_object().into_iter().flatten() {
            if let Some(id) = operation.get("operationId").and_then(Value::as_str) {
                found.insert(id.to_owned(), format!("{} {path}", method.to_uppercase()));
            }
            for callback in operation
                .get("callbacks")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                collect_operations(Some(callback.1), found);
            }
        }
    }
}

fn schemas(spec: &Value) -> BTreeMap<String, Value> {
    entries(spec.pointer("/components/schemas"))
}

/// The entries of a JSON object (none when `object` is absent or not one).
fn entries(object: Option<&Value>) -> BTreeMap<String, Value> {
    let object = object.and_then(Value::as_object).into_iter().flatten();
    object.map(|(k, v)| (k.clone(), v.clone())).collect()
}

fn compare_schema(name: &str, old: &Value, new: &Value, changes: &mut Vec<Change>) {
    if shape(old) != shape(new) {
        changes.push(breaking(format!(
            "schema `{name}`: type {} became {}",
            shape(old),
            shape(new)
        )));
    }
    for value in enum_values(old).iter().filter(|v| !enum_values(new).contains(v)) {
        changes.push(breaking(format!("schema `{name}`: value {value} removed")));
    }
    let (old_props, new_props) = (properties(old), properties(new));
    let (old_required, new_required) = (required(old), required(new));
    for (property, old_property) in &old_props {
        let place = format!("`{name}.{property}`");
        let Some(new_property) = new_props.get(property) else {
            changes.push(breaking(format!("{place} removed")));
            continue;
        };
        if shape(old_property) != shape(new_property) {
            let (from, to) = (shape(old_property), shape(new_property));
            changes.push(breaking(format!("{place}: type {from} became {to}")));
        }
        match (old_required.contains(property), new_required.contains(property)) {
            (false, true) => changes.push(breaking(format!("{place} became required"))),
            (true, false) => changes.push(breaking(format!("{place} is no longer required"))),
            _ => {}
        }
    }
    for property in new_props.keys().filter(|p| !old_props.contains_key(*p)) {
        let place = format!("`{name}.{property}`");
        if new_required.contains(property) {
            changes.push(breaking(format!("{place} added, required")));
        } else {
            changes.push(compatible(format!("{place} added, optional")));
        }
    }
}

/// What a schema is, in a word: its `$ref`, its type, or its composition,
/// with `?` when it may be null, however that is written (`nullable`, or an
/// `anyOf` alternative `{enum: [null]}`).
fn shape(schema: &Value) -> String {
    let is_null = |part: &Value| part.get("enum").is_some_and(|e| e == &Value::Array(vec![Value::Null]));
    let mut nullable = schema.get("nullable") == Some(&Value::Bool(true));
    let base = if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        target.rsplit('/').next().unwrap_or(target).to_owned()
    } else if let Some([only]) = schema.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        shape(only)
    } else if let Some((keyword, parts)) = ["anyOf", "oneOf"]
        .iter()
        .find_map(|k| schema.get(*k).and_then(Value::as_array).map(|parts| (k, parts)))
    {
        nullable |= parts.iter().any(is_null);
        let parts: Vec<String> = parts.iter().filter(|p| !is_null(p)).map(shape).collect();
        match parts.as_slice() {
            [only] => only.clone(),
            _ => format!("{keyword}({})", parts.join(", ")),
        }
    } else {
        schema.get("type").and_then(Value::as_str).unwrap_or("any").to_owned()
    };
    if nullable && !base.ends_with('?') {
        format!("{base}?")
    } else {
        base
    }
}

fn enum_values(schema: &Value) -> Vec<String> {
    let direct = schema.get("enum").and_then(Value::as_array).into_iter().flatten();
    let nested = ["anyOf", "oneOf"]
        .iter()
        .filter_map(|k| schema.get(*k).and_then(Value::as_array))
        .flatten()
        .filter_map(|part| part.get("enum").and_then(Value::as_array))
        .flatten();
    direct
        .chain(nested)
        .filter(|v| !v.is_null())
        .map(Value::to_string)
        .collect()
}

fn properties(schema: &Value) -> BTreeMap<String, Value> {
    entries(schema.get("properties"))
}

fn required(schema: &Value) -> Vec<String> {
    let required = schema.get("required").and_then(Value::as_array).into_iter().flatten();
    required.filter_map(Value::as_str).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn spec(schema: Value) -> Value {
        json!({
            "paths": {"/bills/": {"post": {"operationId": "init_bill"}}},
            "components": {"schemas": {"Bill": schema}}
        })
    }

    fn bill() -> Value {
        json!({
            "type": "object",
            "required": ["code"],
            "properties": {
                "code": {"type": "string"},
                "status": {"anyOf": [{"type": "string", "enum": ["Paid", "Pending"]}, {"type": "string"}]}
            }
        })
    }

    fn breaking_of(old: Value, new: Value) -> Vec<String> {
        compare(&old, &new)
            .into_iter()
            .filter(|c| c.breaking)
            .map(|c| c.what)
            .collect()
    }

    #[test]
    fn the_same_spec_breaks_nothing() {
        assert!(compare(&spec(bill()), &spec(bill())).is_empty());
    }

    #[test]
    fn nullable_written_either_way_is_the_same() {
        let mut old = bill();
        old["properties"]["paid_by"] =
            json!({"type": "object", "allOf": [{"$ref": "#/components/schemas/User"}], "nullable": true});
        let mut new = bill();
        new["properties"]["paid_by"] = json!({"anyOf": [{"$ref": "#/components/schemas/User"}, {"enum": [null]}]});
        assert!(compare(&spec(old), &spec(new.clone())).is_empty());
        let mut required = new.clone();
        required["properties"]["paid_by"] = json!({"$ref": "#/components/schemas/User"});
        assert_eq!(
            breaking_of(spec(new), spec(required)),
            ["`Bill.paid_by`: type User? became User"]
        );
    }

    #[test]
    fn each_kind_of_break_is_named() {
        let mut new = bill();
        new["required"] = json!([]);
        new["properties"]["status"]["anyOf"][0]["enum"] = json!(["Paid"]);
        new["properties"]["amount"] = json!({"type": "string"});
        new["required"] = json!(["amount"]);
        let found = breaking_of(spec(bill()), spec(new));
        assert!(
            found.contains(&"`Bill.code` is no longer required".to_owned()),
            "{found:?}"
        );
        assert!(found.contains(&"`Bill.amount` added, required".to_owned()), "{found:?}");
        let mut retyped = bill();
        retyped["properties"]["code"] = json!({"type": "integer"});
        let found = breaking_of(spec(bill()), spec(retyped));
        assert_eq!(found, ["`Bill.code`: type string became integer"]);
        let mut moved = spec(bill());
        moved["paths"] = json!({"/bill/": {"post": {"operationId": "init_bill"}}});
        assert_eq!(
            breaking_of(spec(bill()), moved),
            ["operation `init_bill` moved from POST /bills/ to POST /bill/"]
        );
    }

    #[test]
    fn a_removed_enum_value_breaks_and_an_optional_property_does_not() {
        let status = json!({"anyOf": [{"type": "string", "enum": ["Paid", "Pending"]}, {"type": "string"}]});
        let mut fewer = status.clone();
        fewer["anyOf"][0]["enum"] = json!(["Paid"]);
        assert_eq!(
            breaking_of(spec(status), spec(fewer)),
            ["schema `Bill`: value \"Pending\" removed"]
        );
        let mut noted = bill();
        noted["properties"]["note"] = json!({"type": "string"});
        let changes = compare(&spec(bill()), &spec(noted));
        assert_eq!(changes, [compatible("`Bill.note` added, optional".to_owned())]);
    }
}
