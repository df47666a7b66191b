//! References to schemas of another spec (`other.yaml#/components/schemas/Bill`),
//! as a sandbox's controls make to its API's contract. The generated code
//! uses the other spec's Rust types for them (`::ihela::types::Bill`),
//! instead of generating a second type for one concept.

use std::path::Path;

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

/// Makes `spec` complete on its own: every schema it uses from another
/// spec (a file beside `base`, the folder `spec` is in) is copied into its
/// `components.schemas`, with the schemas that one uses in turn, and the
/// references point at the copies. What another language or a validator
/// reads, without the other file.
pub(crate) fn bundle(spec: &mut Value, base: &Path) -> Result<(), Error> {
    let mut copied: Map<String, Value> = Map::new();
    let mut pending = Vec::new();
    point_home(spec, base, &mut pending)?;
    while let Some((file, name)) = pending.pop() {
        if copied.contains_key(&name) {
            continue;
        }
        let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let other: Value = serde_yaml::from_str(&text).map_err(|e| format!("{} is not YAML: {e}", file.display()))?;
        let mut schema = other["components"]["schemas"]
            .get(&name)
            .cloned()
            .ok_or_else(|| format!("{} has no schema {name}", file.display()))?;
        let folder = file.parent().unwrap_or(Path::new("."));
        // Its own references are to its file: they are copied too.
        collect_local(&schema, &file, &mut pending);
        point_home(&mut schema, folder, &mut pending)?;
        copied.insert(name, schema);
    }
    let schemas = spec
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
        .ok_or("the spec has no components.schemas")?;
    for (name, schema) in copied {
        if let Some(own) = schemas.get(&name)
            && *own != schema
        {
            return Err(format!("schema {name} is both the spec's own and another spec's").into());
        }
        schemas.insert(name, schema);
    }
    Ok(())
}

/// Points every reference to another file's schema at this document's
/// `components.schemas`, recording (file, schema) to copy.
fn point_home(value: &mut Value, base: &Path, pending: &mut Vec<(std::path::PathBuf, String)>) -> Result<(), Error> {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get_mut("$ref")
                && let Some((file, pointer)) = reference.split_once('#')
                && !file.is_empty()
            {
                let name = pointer
                    .strip_prefix("/components/schemas/")
                    .ok_or_else(|| format!("$ref {reference}: only schemas of another spec can be used"))?
                    .to_owned();
                pending.push((base.join(file), name.clone()));
                *reference = format!("#/components/schemas/{name}");
            }
            map.values_mut().try_for_each(|v| point_home(v, base, pending))
        }
        Value::Array(items) => items.iter_mut().try_for_each(|v| point_home(v, base, pending)),
        _ => Ok(()),
    }
}

/// Records the schemas of `file` that `value` (one of its schemas) refers to.
fn collect_local(value: &Value, file: &Path, pending: &mut Vec<(std::path::PathBuf, String)>) {
    match value {
        Value::Object(map) => {
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|reference| reference.strip_prefix("#/components/schemas/"))
            {
                pending.push((file.to_owned(), name.to_owned()));
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
    fn a_bundle_carries_the_other_specs_schemas_it_uses() {
        let folder = std::env::temp_dir().join(format!("pesa-codegen-bundle-{}", std::process::id()));
        std::fs::create_dir_all(folder.join("api")).unwrap();
        let other = "components:\n  schemas:\n    Bill:\n      properties:\n        code: {$ref: '#/components/schemas/Code'}\n    Code: {type: string}\n    Unused: {type: integer}\n";
        std::fs::write(folder.join("api/other.yaml"), other).unwrap();
        let mut spec = json!({"components": {"schemas": {"View": {"properties": {
            "bill": {"$ref": "api/other.yaml#/components/schemas/Bill"}
        }}}}});
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
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
