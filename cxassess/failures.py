"""How every entry point ends on an error: one plain message and an exit status, never a
traceback (``CXASSESS_DEBUG=1`` shows it)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERNAL = 70  # a fault in cxassess itself (EX_SOFTWARE), never the user's input


def guarded(work: Callable[[], int]) -> int:
    """Run ``work`` and turn what it raises into a message on stderr and an exit status."""
    try:
        return int(work())
    except KeyboardInterrupt:
        print("Interrupted; nothing was written.", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (`cxassess score --json | head`): not an error of ours.
        # Point stdout at nothing so the interpreter's final flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except (MemoryError, RecursionError) as exc:
        print(
            f"cxassess ran out of {'memory' if isinstance(exc, MemoryError) else 'stack'} "
            "on this input; nothing was written.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except Exception as exc:
        # Imported here: the window's start should not wait for the error classes.
        from cxassess.core.problems import CxError

        if isinstance(exc, CxError):
            if exc.problems:
                print(exc.message, file=sys.stderr)
            for line in exc.lines():
                print(line, file=sys.stderr)
            return EXIT_FAILED
        # a fault of ours: say so plainly, not with a traceback
        print(
            f"cxassess failed unexpectedly ({type(exc).__name__}: {exc}); nothing was "
            "written. This is a bug: please report it with the command you ran.",
            file=sys.stderr,
        )
        if os.environ.get("CXASSESS_DEBUG"):
            raise
        return EXIT_INTERNAL
