"""Validates every fixture of an API (see apis.py: `ihela`, `daraja` or `momo`)
against its spec with openapi-core, an OpenAPI 3.0 validator independent
of this project.

A fixture is named `<operationId>_<case>.json` (apis.py says how the case
reads: a request body, an error answer, or the 200 answer; callbacks
count). Prints one line per fixture and `N passed, N failed`; exits 1 when
a fixture does not validate or names no operation of the spec.

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

import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
import openapi_schema_validator
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from apis import ROOT, all_operations, api, error_status, kind_of, operation_of, resolve, success_status


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


def response_for(operation, status):
    """The operation's response for `status`: exact, then its range, then default."""
    responses = operation["responses"]
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            return responses[key]
    raise ValueError(f"the operation documents no answer for HTTP {status}")


def validate_schema(spec, holder, value):
    """`value` against the JSON schema of a request body's or an answer's content."""
    registry = Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT4))
    holder = resolve(spec, holder)
    media = holder["content"]["application/json"]
    schema = media["schema"]
    if "$ref" in schema:
        schema = {"$ref": "urn:spec" + schema["$ref"]}
    OAS30Validator(schema, registry=registry).validate(value)


def main():
    chosen = api()
    honour_nullable_first()
    spec_path = chosen["spec"]
    checker = OpenAPI.from_file_path(str(spec_path))
    spec = yaml.safe_load(spec_path.read_text())
    known = all_operations(spec)
    passed, failed = 0, 0
    for fixture in sorted(chosen["fixtures"].glob("*.json")):
        name = fixture.stem
        body = fixture.read_bytes()
        try:
            op_id = operation_of(name, known)
            if op_id is None:
                raise ValueError("its name starts with no operationId of the spec")
            path, method, operation, is_callback = known[op_id]
            kind = kind_of(name, op_id)
            value = json.loads(body)
            if kind == "request":
                validate_schema(spec, operation["requestBody"], value)
            elif kind == "error":
                validate_schema(spec, response_for(operation, error_status(value)), value)
            elif is_callback:
                validate_schema(spec, response_for(operation, 200), value)
            else:
                concrete = chosen.get("prefix", "") + path
                for parameter, example in chosen["params"].items():
                    concrete = concrete.replace(parameter, example)
                host = chosen.get("hosts", {}).get(op_id, chosen["host"])
                request = MockRequest(host, method, concrete)
                status = success_status(operation)
                response = MockResponse(body, status_code=status, content_type="application/json")
                checker.validate_response(request, response)
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


if __name__ == "__main__":
    sys.exit(main())
