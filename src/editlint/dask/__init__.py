"""editlint on a Dask cluster (the ``editlint[dask]`` extra).

- ``editlint check --dask tcp://HOST:PORT PATHS`` (or ``--dask local``):
  the drafts are checked by the cluster's workers and the report is the
  local run's (editlint.dask.run).
- :func:`lint_bag`: diagnostics for a ``dask.bag`` of ``(path, text)``
  pairs, for pipelines that read their archive themselves
  (editlint.dask.bag).

Nothing else in editlint imports this package: Dask is loaded only when a
run asks for it. docs/scale.md tells how to use both.
"""

from __future__ import annotations

from .bag import lint_bag
from .run import DaskRun

__all__ = ["DaskRun", "lint_bag"]
