"""Spreading CPU-bound work of a large site over the machine's cores.

Work runs in forked processes, which inherit the loaded site: nothing is sent to them
but a chunk number, and only results come back. Small jobs, systems without fork, and
processes with other threads (``glowgen serve``) run serially instead.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
import traceback
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_TASK: Callable[[int], object] | None = None


def _run(index: int) -> object:
    assert _TASK is not None
    return _TASK(index)


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def workers_for(units: int, threshold: int = 400) -> int:
    """Processes worth using for ``units`` of work: one per core from ``threshold`` on.

    ``GLOWGEN_WORKERS`` in the environment sets the number instead (1: no processes)."""
    forced = os.environ.get("GLOWGEN_WORKERS", "")
    if forced.isdigit() and int(forced) >= 1:
        return 1 if "fork" not in multiprocessing.get_all_start_methods() else int(forced)
    if units < threshold or threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(cores(), 8))


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


def in_background(task: Callable[[], R]) -> Callable[[], R]:
    """Start ``task`` in a forked process and return what waits for its result, so this
    process can do other work meanwhile (on two cores, two halves take the time of one).

    Where a fork is not safe or not worth it (no fork, one core, other threads,
    ``GLOWGEN_WORKERS=1``, or embedded V8 already loaded here: its threads do not survive a
    fork), the task runs when its result is asked for. No thread is started, so this
    process's own :func:`fork_map` still uses every core meanwhile."""
    if (os.environ.get("GLOWGEN_WORKERS") == "1" or cores() < 2 or threading.active_count() > 1
            or "py_mini_racer" in sys.modules or not hasattr(os, "fork")):
        return task
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the forked process: run, send the outcome, leave without this process's exit handlers
        os.close(reading)
        try:
            try:
                outcome = pickle.dumps((True, task()))
            except BaseException as exc:  # noqa: BLE001 - raised again in the parent
                outcome = pickle.dumps((False, RuntimeError("".join(traceback.format_exception(exc)))))
            with os.fdopen(writing, "wb") as pipe:
                pipe.write(outcome)
        finally:
            os._exit(0)
    os.close(writing)

    def result() -> R:
        with os.fdopen(reading, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        if not data:
            raise RuntimeError("the background process ended without a result")
        ok, value = pickle.loads(data)
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    return result
