"""tekmpesa 1.0.2's Kenya module, unchanged, for the interop flows and the
benchmark.

`import mpesa` fails on 1.0.2 as published: the package's `__init__` imports
its DRC module, which loads jinja templates that neither the wheel nor the
sdist ships (`PackageLoader could not find a 'drc/templates' directory`).
The Kenya module uses none of it, so it is loaded from its own file.
"""

import importlib.util
from pathlib import Path


def kenya():
    """The `mpesa.kenya` module of the installed tekmpesa, as published."""
    package = importlib.util.find_spec("mpesa")
    path = Path(package.submodule_search_locations[0]) / "kenya" / "__init__.py"
    spec = importlib.util.spec_from_file_location("tekmpesa_kenya", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
