"""Exercise checkers for 00-prerequisites (drafts are merged in here before release)."""

import importlib

for _name in ("python_for_math", "numpy_basics", "mathematical_notation", "plotting_for_math"):
    try:
        importlib.import_module(f"utils.exercises._draft_{_name}")
    except ModuleNotFoundError as _error:
        if _error.name != f"utils.exercises._draft_{_name}":
            raise
