"""Writes a copy of the spec whose request bodies offer `application/json`
alone where they offer more (generation 1 also takes form bodies).

openapi-python-client 0.29.1 cannot type an operation with two request media
types (its template tests an undefined `body_required` and never imports
`Unset`, so mypy refuses the module); progenitor has the same limit, and
ihela-codegen makes the same reduction for it. Usage: json_requests.py IN OUT.
"""

import sys
from pathlib import Path

import yaml

JSON = "application/json"


def main(source: str, target: str) -> None:
    spec = yaml.safe_load(Path(source).read_text())
    for item in spec["paths"].values():
        for operation in item.values():
            content = operation.get("requestBody", {}).get("content", {}) if isinstance(operation, dict) else {}
            if len(content) > 1 and JSON in content:
                for media_type in [m for m in content if m != JSON]:
                    del content[media_type]
    Path(target).write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
