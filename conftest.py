"""Test-run set-up shared by every test, and the notebook count in pytest's summary.

Kernels started by nbval inherit this process's environment, so it is fixed here exactly as
``python -m tools.execute`` fixes it when outputs are produced (tools/common.py).
"""

from __future__ import annotations

import os

from hypothesis import settings

from tools.common import kernel_environment

os.environ.update(kernel_environment(dict(os.environ)))
os.environ.pop("MPLBACKEND", None)

# The same examples on every run and machine: a red test is reproducible, never a fluke of the draw.
settings.register_profile("course", derandomize=True, deadline=None, database=None, print_blob=True)
settings.load_profile("course")

_notebooks_seen: set[str] = set()
_notebooks_failed: set[str] = set()


def pytest_runtest_logreport(report):
    path = report.nodeid.split("::")[0]
    if path.endswith(".ipynb"):
        _notebooks_seen.add(path)
        if report.failed:
            _notebooks_failed.add(path)


def pytest_terminal_summary(terminalreporter):
    if _notebooks_seen:
        passed = len(_notebooks_seen - _notebooks_failed)
        terminalreporter.write_line(
            f"notebooks re-run and compared by nbval: {len(_notebooks_seen)} "
            f"({passed} passed, {len(_notebooks_failed)} failed)"
        )
