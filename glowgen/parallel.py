"""Spreading CPU-bound work of a large site over the machine's cores.

Work runs in forked processes, which inherit the loaded site: nothing is sent to them
but a chunk number, and only results come back. Small jobs, systems without fork, and
processes with other threads (``glowgen serve``) run serially instead.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_TASK: Callable[[int], object] | None = None


def _run(index: int) -> object:
    assert _TASK is not None
    return _TASK(index)


def workers_for(units: int, threshold: int = 400) -> int:
    """Processes worth using for ``units`` of work: one per core from ``threshold`` on.

    ``GLOWGEN_WORKERS`` in the environment sets the number instead (1: no processes)."""
    forced = os.environ.get("GLOWGEN_WORKERS", "")
    if forced.isdigit() and int(forced) >= 1:
        return 1 if "fork" not in multiprocessing.get_all_start_methods() else int(forced)
    if units < threshold or threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 8))


def chunked(items: Sequence[T], workers: int) -> list[Sequence[T]]:
    """``items`` in consecutive chunks, a few per worker so they finish together."""
    size = max(1, -(-len(items) // (workers * 4)))
    return [items[start:start + size] for start in range(0, len(items), size)]


def fork_map(task: Callable[[int], R], count: int, workers: int) -> list[R]:
    """``[task(0), ..., task(count - 1)]``, in forked processes when ``workers`` > 1."""
    global _TASK
    if workers <= 1 or count <= 1:
        return [task(index) for index in range(count)]
    _TASK = task
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_run, range(count)))  # type: ignore[arg-type]
    finally:
        _TASK = None
