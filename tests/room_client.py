"""A participant's phone talking to a real `cxassess room` subprocess over HTTP."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path


class Room:
    """A headless room serving one file, as a participant's phone sees it."""

    def __init__(self, path: Path, port: int = 0, open_files: int | None = None) -> None:
        """`open_files` runs the room under that open-file limit (soft and hard, so that
        it cannot raise it), as on a machine that allows few."""
        self.path = path

        def limit() -> None:
            if open_files is not None:
                import resource

                resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, open_files))

        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "cxassess.cli",
                "room",
                str(path),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
            preexec_fn=limit if open_files is not None else None,
        )
        self.url = self.proc.stdout.readline().split("room: ", 1)[1].strip()
        self.pin = self.proc.stdout.readline().split("pin: ", 1)[1].strip()
        self.control = self.proc.stdout.readline().split("control: ", 1)[1].strip()

    def line(self, timeout: float = 10.0) -> str:
        """The room's next line on standard output ("" if none comes within `timeout`)."""
        import select

        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        return self.proc.stdout.readline() if ready else ""

    def control_call(self, method: str, path: str, body=None):
        """A request to the room's control address (the laptop's side of the discussion)."""
        return self.call(method, path, body, base=self.control)

    def call(
        self,
        method: str,
        path: str,
        body=None,
        key: str = "",
        raw: bytes | None = None,
        base: str = "",
    ):
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        if method != "GET" and data is None:
            data = b"{}"
        request = urllib.request.Request((base or self.url) + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if key:
            request.add_header("Authorization", f"Bearer {key}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                payload = response.read()
                if response.headers.get_content_type() != "application/json":
                    return response.status, payload.decode("utf-8"), response.headers
                return response.status, json.loads(payload or b"null"), response.headers
        except urllib.error.HTTPError as exc:
            payload = exc.read()
            try:
                parsed = json.loads(payload)
            except ValueError:
                parsed = payload.decode("utf-8", "replace")
            return exc.code, parsed, exc.headers

    def close(self) -> str:
        self.proc.send_signal(signal.SIGINT)
        out, err = self.proc.communicate(timeout=30)
        assert self.proc.returncode == 0, err
        assert "Traceback" not in err
        return out
