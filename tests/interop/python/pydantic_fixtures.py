"""The pydantic models that datamodel-code-generator makes from the bundled
spec (`models.py`, in the folder given as the first argument): every
fixture validates against its schema's model, and the open enums keep the
known values comparable (a decoded `Paid` equals the generated enum's
`Paid`) while any other string still decodes. Run by ../portability.sh.
"""

import importlib
import json
import sys
import typing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fixture_schemas import manifest  # noqa: E402

checks = 0


def check(what, ok, value):
    global checks
    if not ok:
        sys.exit(f"FAILED: {what}: {value!r}")
    checks += 1
    print(f"  ok  {what}")


def main():
    sys.path.insert(0, sys.argv[1])
    models = importlib.import_module("models")
    for entry in manifest():
        fixture = Path(entry["fixture"])
        model = getattr(models, entry["schema"])
        decoded = model.model_validate(json.loads(fixture.read_bytes()))
        check(f"fixture {fixture.name} validates as {entry['schema']}", decoded is not None, decoded)
    paid = models.BillVerifyResponse.model_validate_json(
        Path(manifest()[0]["fixture"]).with_name("verify_bill_paid.json").read_bytes()
    )
    known, _ = typing.get_args(models.BillStatus.model_fields["root"].annotation)
    check("a known status equals the generated enum's value", paid.bill.status.root == known("Paid"), paid.bill.status)
    unknown = models.BillStatus.model_validate("Refunded")
    check("an unlisted status decodes as a string", unknown.root == "Refunded", unknown)
    print(f"pydantic: {checks} passed, 0 failed")


if __name__ == "__main__":
    main()
