"""What the interop scripts need to know of each API, one place: its spec,
its fixtures, the host its servers name, how to fill its path parameters,
and one open enum to check generated models against (a listed value, and
one the spec does not list); for a server with a base path, its `prefix`,
and for operations on servers of their own (Mozambique's ports), `hosts`.

A fixture is named `<operationId>_<case>.json`, after an operation of the
spec (callbacks included): a case starting with `request` is the
operation's request body (for a callback, what the provider POSTs), one
starting with `error` an error answer (its status from the envelope's
code, or 400), any other the 200 answer (for a callback, the merchant's).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

APIS = {
    "ihela": {
        "spec": ROOT / "ihela" / "openapi" / "ihela-merchant.yaml",
        "fixtures": ROOT / "ihela" / "tests" / "fixtures",
        "host": "https://testgate.ihela.online",
        "params": {"{bank_slug}": "MF1-0001"},
        "open_enum": ("BillStatus", "Paid", "Refunded"),
    },
    "ihela-banking": {
        "spec": ROOT / "ihela" / "openapi" / "ihela-banking.yaml",
        "fixtures": ROOT / "ihela" / "tests" / "fixtures" / "banking",
        "host": "https://testgate.ihela.online",
        "params": {},
        "open_enum": ("ResponseCode", "05", "91"),
    },
    "daraja": {
        "spec": ROOT / "daraja" / "openapi" / "daraja.yaml",
        "fixtures": ROOT / "daraja" / "tests" / "fixtures",
        "host": "https://sandbox.safaricom.co.ke",
        "params": {},
        "open_enum": ("ResultCode", "2001", "R000009"),
    },
    "momo": {
        "spec": ROOT / "momo" / "openapi" / "momo.yaml",
        "fixtures": ROOT / "momo" / "tests" / "fixtures",
        "host": "https://sandbox.momodeveloper.mtn.com",
        "params": {
            "{product}": "disbursement",
            "{referenceId}": "6f1c2c3e-5b7a-4d2e-9c1f-2a3b4c5d6e7f",
            "{apiUser}": "6f1c2c3e-5b7a-4d2e-9c1f-2a3b4c5d6e7f",
            "{currency}": "EUR",
            "{accountHolderIdType}": "msisdn",
            "{accountHolderId}": "46733123450",
            "{accountHolderMsisdn}": "46733123450",
        },
        "open_enum": ("ReasonCode", "APPROVAL_REJECTED", "SOMETHING_MTN_ADDS"),
    },
    "vodacom": {
        "spec": ROOT / "vodacom" / "openapi" / "vodacom.yaml",
        "fixtures": ROOT / "vodacom" / "tests" / "fixtures",
        "host": "https://openapi.m-pesa.com",
        "prefix": "/sandbox/ipg/v2/vodacomTZN",
        "params": {},
        "open_enum": ("ResponseCode", "INS-10", "INS-99999"),
    },
    "vodacom-mozambique": {
        # Bundled: its schemas come from vodacom.yaml.
        "spec": ROOT / "vodacom" / "openapi" / "vodacom-mozambique.json",
        "fixtures": ROOT / "vodacom" / "tests" / "fixtures" / "mozambique",
        "host": "https://api.sandbox.vm.co.mz:18352",
        # A port per operation (the paths' own servers).
        "hosts": {
            "b2c_payment": "https://api.sandbox.vm.co.mz:18345",
            "b2b_payment": "https://api.sandbox.vm.co.mz:18349",
            "query_transaction_status": "https://api.sandbox.vm.co.mz:18353",
            "reversal": "https://api.sandbox.vm.co.mz:18354",
        },
        "params": {},
        "open_enum": ("ResponseCode", "INS-10", "INS-99999"),
    },
}


def api(argv=None):
    """The API named by the first argument (`ihela`, `daraja` or `momo`)."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in APIS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(APIS)} [...]")
    return APIS[args[0]]


def operations(paths, found=None, callback=False):
    """operationId -> (path, method, operation object, whether it is a
    callback's), the callbacks of each operation included (inline, or by
    reference to `components/callbacks`, resolved by the caller)."""
    found = {} if found is None else found
    for path, item in paths.items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            found[operation["operationId"]] = (path, method, operation, callback)
            for callback_paths in operation.get("callbacks", {}).values():
                operations(callback_paths, found, callback=True)
    return found


def resolve(spec, value):
    """`value` with its `$ref` (to this spec) followed."""
    while isinstance(value, dict) and "$ref" in value:
        node = spec
        for part in value["$ref"].lstrip("#/").split("/"):
            node = node[part]
        value = node
    return value


def all_operations(spec):
    """Every operation of `spec`, callbacks given by reference included."""
    paths = {}
    for path, item in spec["paths"].items():
        item = dict(item)
        for method, operation in list(item.items()):
            if isinstance(operation, dict) and "callbacks" in operation:
                callbacks = {name: resolve(spec, c) for name, c in operation["callbacks"].items()}
                item[method] = {**operation, "callbacks": callbacks}
        paths[path] = item
    return operations(paths)


def operation_of(name, known):
    """The longest operationId that `name` starts with, followed by `_`."""
    matches = [op for op in known if name.startswith(op + "_")]
    return max(matches, key=len) if matches else None


def kind_of(name, op_id):
    """`request`, `error` or `answer`: what a fixture of `op_id` is."""
    case = name[len(op_id) + 1 :]
    if case.startswith("request"):
        return "request"
    if case.startswith("error"):
        return "error"
    return "answer"


def success_status(operation):
    """The status of an operation's success answer (200, 201 or 202)."""
    return next(int(code) for code in operation["responses"] if code.startswith("2"))


def error_status(body):
    """The HTTP status of an error fixture: its code's prefix (`400.002.02`)."""
    code = str(body.get("errorCode", "")) if isinstance(body, dict) else ""
    prefix = code.split(".", 1)[0]
    return int(prefix) if prefix.isdigit() and len(prefix) == 3 else 400
