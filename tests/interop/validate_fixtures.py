"""Validates every fixture in tests/fixtures/ against openapi/ihela-merchant.yaml
with openapi-core, an OpenAPI 3.0 validator independent of this project.

A fixture is named `<operationId>_<case>.json`: the case `request` is the
operation's request body (the bill callback iHela sends), any other case its
200 answer. Callback operations count (their `operationId` is in the spec).
Prints one line per fixture and `N passed, N failed`; exits 1 when a fixture
does not validate or names no operation of the spec.

One reading is chosen here: a property that may be null and refers to
another schema is written `type: X, nullable: true, allOf: [{$ref: ...}]`,
the form 3.0 generators read as "X or null" (typify, openapi-typescript,
openapi-python-client, datamodel-code-generator). OAS 3.0.3's clarification
of `nullable` says an `allOf` cannot relax its subschemas, and
openapi-schema-validator follows it to the letter, refusing the null; other
validators honour `nullable` first (networknt's json-schema-validator and
Membrane since 2026). The check below honours it first too
(`honour_nullable_first`); everything else is openapi-core's own.
"""

import json
import sys
from pathlib import Path

import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
import openapi_schema_validator
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "ihela-merchant.yaml"
FIXTURES = ROOT / "tests" / "fixtures"
HOST = "https://testgate.ihela.online"


def operations(paths, found=None, callback=False):
    """operationId -> (path, method, operation object, whether it is a
    callback's), the callbacks of each operation included."""
    found = {} if found is None else found
    for path, item in paths.items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            found[operation["operationId"]] = (path, method, operation, callback)
            for callback_paths in operation.get("callbacks", {}).values():
                operations(callback_paths, found, callback=True)
    return found


def operation_of(name, known):
    """The longest operationId that `name` starts with, followed by `_`."""
    matches = [op for op in known if name.startswith(op + "_")]
    return max(matches, key=len) if matches else None


def concrete(path):
    """A path with its parameters filled in, for the request matcher."""
    return path.replace("{bank_slug}", "MF1-0001")


def honour_nullable_first():
    """A null where the schema says `nullable: true` is valid before its
    `allOf`, `anyOf`, `oneOf` or `$ref` is looked at (see the module's doc)."""
    keywords = ("allOf", "anyOf", "oneOf", "$ref")
    for name in ("OAS30Validator", "OAS30ReadValidator", "OAS30WriteValidator", "OAS30StrictValidator"):
        validators = getattr(openapi_schema_validator, name).VALIDATORS
        for keyword in keywords:
            validators[keyword] = nullable_first(validators[keyword])


def nullable_first(check):
    def checked(validator, value, instance, schema):
        if instance is None and schema.get("nullable") is True:
            return
        yield from check(validator, value, instance, schema)

    return checked


def main():
    honour_nullable_first()
    api = OpenAPI.from_file_path(str(SPEC_PATH))
    spec = yaml.safe_load(SPEC_PATH.read_text())
    known = operations(spec["paths"])
    passed, failed = 0, 0
    for fixture in sorted(FIXTURES.glob("*.json")):
        name = fixture.stem
        body = fixture.read_bytes()
        try:
            op_id = operation_of(name, known)
            if op_id is None:
                raise ValueError("its name starts with no operationId of the spec")
            path, method, operation, is_callback = known[op_id]
            if name == f"{op_id}_request" or is_callback:
                validate_schema(spec, operation, name.endswith("_request"), json.loads(body))
            else:
                request = MockRequest(HOST, method, concrete(path))
                response = MockResponse(body, status_code=200, content_type="application/json")
                api.validate_response(request, response)
        except Exception as error:  # every failure is reported, then counted
            failed += 1
            print(f"FAIL {fixture.relative_to(ROOT)}: {str(error)[:300]}")
            cause = getattr(error, "__cause__", None)
            for detail in getattr(cause, "schema_errors", []) or []:
                print(f"     {list(detail.absolute_path)}: {detail.message}")
            continue
        passed += 1
        print(f"ok   {fixture.relative_to(ROOT)}")
    print(f"fixtures: {passed} passed, {failed} failed")
    return 1 if failed else 0


def validate_schema(spec, operation, is_request, value):
    """A request body, or the 200 answer, against the operation's JSON schema
    (for bodies openapi-core cannot match to a served operation)."""
    if is_request:
        media = operation["requestBody"]["content"]["application/json"]
    else:
        media = operation["responses"]["200"]["content"]["application/json"]
    registry = Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT4))
    schema = {"$ref": "urn:spec" + media["schema"]["$ref"]}
    OAS30Validator(schema, registry=registry).validate(value)


if __name__ == "__main__":
    sys.exit(main())
