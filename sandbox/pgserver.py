"""A throwaway local PostgreSQL server: Debian's postgresql binaries (``make postgres``), a fresh
cluster in a temporary directory on 127.0.0.1 and a free port, stopped and deleted afterwards.

The tests and the benchmarks (bench P6) start one to run the sandbox's PostgreSQL backend
against a real server without needing one installed as a service. It trades durability for
speed (no fsync): it is for data that is thrown away. A watchdog process stops the server and
deletes its directory should the process that started it die without doing so (kill -9).
"""

from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path
from types import TracebackType

from .server import free_port


def bin_dir() -> Path | None:
    """The newest installed PostgreSQL's binaries, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class PgServer:
    """``PgServer()`` starts it; ``url`` is ``postgresql://sandbox@127.0.0.1:<port>`` (no
    database); ``stop()`` (or leaving a ``with`` block) stops and deletes it."""

    def __init__(self, settings: dict[str, str] | None = None, *, root: str | None = None) -> None:
        """``settings``: more ``-c`` options; ``root``: where its directory goes (default: the
        system's temporary directory)."""
        binaries = bin_dir()
        if binaries is None:
            raise RuntimeError("PostgreSQL is not installed: run `make postgres`")
        self.bin = binaries
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="sandbox-pg-", dir=root))
        self.user: str | None = None
        if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
            self.user = "postgres"
            pw = pwd.getpwnam(self.user)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        self.data = self.dir / "data"
        options = {
            "listen_addresses": "127.0.0.1",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "300",
            **(settings or {}),
        }
        try:
            self._run(
                "initdb",
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                "sandbox",
                "--no-sync",
                "--locale=C",
                "-E",
                "UTF8",
            )
            self._run(
                "pg_ctl",
                "-D",
                str(self.data),
                "-l",
                str(self.dir / "log"),
                "-w",
                "-t",
                "60",
                "-o",
                f"-p {self.port} -k {self.dir} "
                + " ".join(f"-c {k}={v}" for k, v in options.items()),
                "start",
            )
        except BaseException:
            if (self.data / "postmaster.pid").exists():  # started, then failed: stop it
                subprocess.run(self._stop_command(), capture_output=True, check=False)
            shutil.rmtree(self.dir, ignore_errors=True)
            raise
        self.url = f"postgresql://sandbox@127.0.0.1:{self.port}"
        self._watchdog = self._watch(os.getpid())

    def _command(self, tool: str, *args: str) -> list[str]:
        cmd = [str(self.bin / tool), *args]
        return cmd if self.user is None else ["runuser", "-u", self.user, "--", *cmd]

    def _stop_command(self) -> list[str]:
        return self._command("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")

    def _watch(self, owner: int) -> subprocess.Popen[bytes]:
        """A shell that stops the server and deletes its directory once ``owner`` is gone."""
        script = (
            f"while kill -0 {owner} 2>/dev/null; do sleep 2; done; "
            f"{shlex.join(self._stop_command())} >/dev/null 2>&1; "
            f"rm -rf {shlex.quote(str(self.dir))}"
        )
        return subprocess.Popen(
            ["sh", "-c", script],
            start_new_session=True,  # not in the owner's process group: survives its signals
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def _run(self, tool: str, *args: str) -> None:
        cmd = self._command(tool, *args)
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=self.dir)
        if out.returncode != 0:
            log = self.dir / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed ({out.returncode}): {out.stderr[-2000:]}{tail}")

    def pid(self) -> int | None:
        """The postmaster's process id (its first line of ``postmaster.pid``)."""
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def create_database(self, name: str | None = None) -> str:
        """A new empty database (a random name unless given); its URL."""
        return create_database(self.url, name)

    def stop(self) -> None:
        self._watchdog.kill()
        self._watchdog.wait()
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> PgServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def create_database(server_url: str, name: str | None = None, template: str | None = None) -> str:
    """A new database on the server at ``server_url`` (empty, or a copy of ``template``); its
    URL. A random name unless given."""
    import psycopg

    name = name or f"t_{uuid.uuid4().hex[:12]}"
    # FILE_COPY copies the template's files; the default (WAL_LOG) also writes them all to the
    # WAL, which is slower for a small database.
    copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{copy}')
    return f"{server_url}/{name}"
