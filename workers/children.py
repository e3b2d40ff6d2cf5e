"""Child processes that cannot outlive the worker that started them.

Both process pools of claimwatch (the ingest worker's trafilatura pool and the
brain's analyze pool) pass :func:`die_with_parent` as their initializer.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Pool initializer: die with ``parent`` however it dies; leave Ctrl-C to it.

    A SIGKILLed worker runs no cleanup, and a pool child blocked on its call queue
    would then wait forever for work nobody sends (seen after the ingest kill
    test). The kernel's parent-death signal covers that case. Ctrl-C reaches the
    whole process group; the worker stops its pool itself, and a
    KeyboardInterrupt in a child only prints a traceback.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
