"""The pydantic models that datamodel-code-generator makes from an API's
bundled spec (`models.py`, in the folder given after the API's name):
every fixture validates against its schema's model, and the open enums
keep the known values comparable (a decoded known value equals the
generated enum's) while any other string still decodes. Run by
../portability.sh.
"""

import importlib
import json
import sys
import typing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from apis import api  # noqa: E402
from fixture_schemas import manifest  # noqa: E402

checks = 0


def check(what, ok, value):
    global checks
    if not ok:
        sys.exit(f"FAILED: {what}: {value!r}")
    checks += 1
    print(f"  ok  {what}")


def main():
    chosen = api()
    sys.path.insert(0, sys.argv[2])
    models = importlib.import_module("models")
    for entry in manifest(chosen):
        fixture = Path(entry["fixture"])
        model = getattr(models, entry["schema"])
        decoded = model.model_validate(json.loads(fixture.read_bytes()))
        check(f"fixture {fixture.name} validates as {entry['schema']}", decoded is not None, decoded)
    name, listed, unlisted = chosen["open_enum"]
    schema = getattr(models, name)
    known = typing.get_args(schema.model_fields["root"].annotation)[0]
    decoded = schema.model_validate(listed)
    check(f"a listed {name} equals the generated enum's value", decoded.root == known(listed), decoded)
    unknown = schema.model_validate(unlisted)
    check(f"an unlisted {name} decodes as a string", unknown.root == unlisted, unknown)
    print(f"pydantic: {checks} passed, 0 failed")


if __name__ == "__main__":
    main()
