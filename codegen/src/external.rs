//! References to schemas of another spec (`other.yaml#/components/schemas/Bill`),
//! as a sandbox's controls make to its API's contract. The generated code
//! uses the other spec's Rust types for them (`::ihela::types::Bill`),
//! instead of generating a second type for one concept.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::Error;

/// Points every `$ref` into one of the `external` specs (`(file, Rust
/// module)`) at a placeholder schema of the same name in this spec, and
/// returns the replacements that make the generated code use the other
/// spec's type: `(name, "module::name")`.
pub(crate) fn resolve(spec: &mut Value, external: &[(&str, &str)]) -> Result<Vec<(String, String)>, Error> {
    let mut found = Vec::new();
    rewrite(spec, external, &mut found)?;
    if found.is_empty() {
        return Ok(found);
    }
    let schemas = spec
        .as_object_mut()
        .ok_or("the spec is not an object")?
        .entry("components")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .ok_or("components is not an object")?
        .entry("schemas")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or("components.schemas is not an object")?;
    for (name, _) in &found {
        schemas.entry(name.clone()).or_insert_with(|| json!({"type": "object"}));
    }
    Ok(found)
}

fn rewrite(value: &mut Value, external: &[(&str, &str)], found: &mut Vec<(String, String)>) -> Result<(), Error> {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get_mut("$ref")
                && let Some((file, pointer)) = reference.split_once('#')
                && !file.is_empty()
            {
                let (_, module) = external
                    .iter()
                    .find(|(known, _)| file.ends_with(known))
                    .ok_or_else(|| format!("$ref to {file}, which is not a known spec"))?;
                let name = pointer
                    .strip_prefix("/components/schemas/")
                    .ok_or_else(|| format!("$ref {reference}: only schemas of another spec can be used"))?
                    .to_owned();
                let replacement = (name.clone(), format!("{module}::{name}"));
                if !found.contains(&replacement) {
                    found.push(replacement);
                }
                *reference = format!("#/components/schemas/{name}");
            }
            map.values_mut().try_for_each(|v| rewrite(v, external, found))
        }
        Value::Array(items) => items.iter_mut().try_for_each(|v| rewrite(v, external, found)),
        _ => Ok(()),
    }
}

/// Makes `spec` complete on its own: every component it uses from another
/// spec (a file beside `base`, the folder `spec` is in) is copied into its
/// `components`, with the components that one uses in turn, and the
/// references point at the copies; a path item taken from another spec
/// (`$ref: "other.yaml#/paths/~1bills~1"`) is copied in place. What another
/// language or a validator reads, without the other file.
pub(crate) fn bundle(spec: &mut Value, base: &Path) -> Result<(), Error> {
    let mut pending = Vec::new();
    point_home(spec, base, &mut pending)?;
    let mut copied: Vec<(String, Value)> = Vec::new();
    while let Some((file, pointer)) = pending.pop() {
        if copied.iter().any(|(done, _)| *done == pointer) {
            continue;
        }
        let mut component = read_pointer(&file, &pointer)?;
        // Its own references are to its file: they are copied too.
        collect_local(&component, &file, &mut pending);
        point_home(&mut component, file.parent().unwrap_or(Path::new(".")), &mut pending)?;
        copied.push((pointer, component));
    }
    for (pointer, component) in copied {
        let (kind, name) = component_of(&pointer).ok_or_else(|| format!("{pointer} is not a component"))?;
        let components = spec
            .as_object_mut()
            .ok_or("the spec is not an object")?
            .entry("components")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .ok_or("components is not an object")?
            .entry(kind)
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .ok_or_else(|| format!("components.{kind} is not an object"))?;
        if components.get(name).is_some_and(|own| *own != component) {
            return Err(format!("{kind} {name} is both the spec's own and another spec's").into());
        }
        components.insert(name.to_owned(), component);
    }
    Ok(())
}

/// The value at `pointer` (`/components/schemas/Bill`) in the YAML `file`.
fn read_pointer(file: &Path, pointer: &str) -> Result<Value, Error> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let other: Value = serde_yaml::from_str(&text).map_err(|e| format!("{} is not YAML: {e}", file.display()))?;
    other
        .pointer(pointer)
        .cloned()
        .ok_or_else(|| format!("{} has nothing at {pointer}", file.display()).into())
}

/// The kind and name of a component pointer (`/components/schemas/Bill`).
fn component_of(pointer: &str) -> Option<(&str, &str)> {
    let (kind, name) = pointer.strip_prefix("/components/")?.split_once('/')?;
    (!name.contains('/')).then_some((kind, name))
}

/// Points every reference to another file's component at this document's
/// `components`, recording (file, pointer) to copy; copies another file's
/// path item in place.
fn point_home(value: &mut Value, base: &Path, pending: &mut Vec<(PathBuf, String)>) -> Result<(), Error> {
    let external = value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|reference| reference.split_once('#'))
        .filter(|(file, _)| !file.is_empty())
        .map(|(file, pointer)| (base.join(file), pointer.to_owned()));
    if let Some((file, pointer)) = external {
        if pointer.starts_with("/paths/") {
            let mut item = read_pointer(&file, &pointer)?;
            collect_local(&item, &file, pending);
            point_home(&mut item, file.parent().unwrap_or(Path::new(".")), pending)?;
            *value = item;
            return Ok(());
        }
        let (kind, name) = component_of(&pointer).ok_or_else(|| {
            format!(
                "$ref to {}#{pointer}: only components and path items of another spec can be used",
                file.display()
            )
        })?;
        value["$ref"] = Value::String(format!("#/components/{kind}/{name}"));
        pending.push((file, pointer));
    }
    match value {
        Value::Object(map) => map.values_mut().try_for_each(|v| point_home(v, base, pending)),
        Value::Array(items) => items.iter_mut().try_for_each(|v| point_home(v, base, pending)),
        _ => Ok(()),
    }
}

/// Records the components of `file` that `value` (a part of it) refers to.
fn collect_local(value: &Value, file: &Path, pending: &mut Vec<(PathBuf, String)>) {
    match value {
        Value::Object(map) => {
            if let Some(pointer) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|reference| reference.strip_prefix('#'))
                .filter(|pointer| component_of(pointer).is_some())
            {
                pending.push((file.to_owned(), pointer.to_owned()));
            }
            map.values().for_each(|v| collect_local(v, file, pending));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_local(v, file, pending)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_schemas_become_the_other_specs_types() {
        let mut spec = json!({"paths": {}, "components": {"schemas": {"View": {"properties": {
            "bill": {"$ref": "../../openapi/ihela-merchant.yaml#/components/schemas/Bill"},
            "mine": {"$ref": "#/components/schemas/Mine"}
        }}}}});
        let found = resolve(&mut spec, &[("ihela-merchant.yaml", "::ihela::types")]).unwrap();
        assert_eq!(found, [("Bill".to_owned(), "::ihela::types::Bill".to_owned())]);
        assert_eq!(
            spec["components"]["schemas"]["View"]["properties"]["bill"]["$ref"],
            "#/components/schemas/Bill"
        );
        assert_eq!(spec["components"]["schemas"]["Bill"], json!({"type": "object"}));
        assert!(resolve(&mut json!({"$ref": "other.yaml#/x"}), &[]).is_err());
    }

    #[test]
    fn a_bundle_carries_the_other_specs_components_and_path_items_it_uses() {
        let folder = std::env::temp_dir().join(format!("pesa-codegen-bundle-{}", std::process::id()));
        std::fs::create_dir_all(folder.join("api")).unwrap();
        let other = "paths:\n  /bills/:\n    get:\n      responses:\n        '404': {$ref: '#/components/responses/Missing'}\ncomponents:\n  responses:\n    Missing:\n      description: none\n      content:\n        application/json:\n          schema: {$ref: '#/components/schemas/Code'}\n  schemas:\n    Bill:\n      properties:\n        code: {$ref: '#/components/schemas/Code'}\n    Code: {type: string}\n    Unused: {type: integer}\n";
        std::fs::write(folder.join("api/other.yaml"), other).unwrap();
        let mut spec = json!({
            "paths": {"/bills/": {"$ref": "api/other.yaml#/paths/~1bills~1"}},
            "components": {"schemas": {"View": {"properties": {
                "bill": {"$ref": "api/other.yaml#/components/schemas/Bill"}
            }}}}
        });
        bundle(&mut spec, &folder).unwrap();
        let schemas = &spec["components"]["schemas"];
        assert_eq!(
            schemas["View"]["properties"]["bill"]["$ref"],
            "#/components/schemas/Bill"
        );
        assert_eq!(
            schemas["Bill"]["properties"]["code"]["$ref"],
            "#/components/schemas/Code"
        );
        assert_eq!(schemas["Code"], json!({"type": "string"}));
        assert!(schemas.get("Unused").is_none());
        let item = &spec["paths"]["/bills/"];
        assert_eq!(
            item["get"]["responses"]["404"]["$ref"],
            "#/components/responses/Missing"
        );
        assert_eq!(spec["components"]["responses"]["Missing"]["description"], "none");
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
