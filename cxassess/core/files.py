"""Reading user files with a size cap and errors a person can act on."""

from __future__ import annotations

import errno
from pathlib import Path

from cxassess.core.problems import CxError

_WHY = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission was denied (is the folder read-only?)",
    errno.EPERM: "permission was denied (is the folder read-only?)",
    errno.EROFS: "the drive is read-only",
    errno.ENOENT: "the folder does not exist",
}


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in plain words."""
    return _WHY.get(exc.errno or 0, exc.strerror or str(exc))


def read_capped(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a file, refusing missing files, folders and files larger than `limit`."""
    path = Path(path)
    try:
        if path.is_dir():
            raise CxError(f"{path} is a folder, not {what}.")
        size = path.stat().st_size
        if size > limit:
            raise CxError(
                f"{path} is {size / 1_048_576:.1f} MiB, larger than {what} can be "
                f"({limit / 1_048_576:.0f} MiB)."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise CxError(f"{path}: no such file.") from None
    except OSError as exc:
        raise CxError(f"{path} could not be read: {os_reason(exc)}.") from None
