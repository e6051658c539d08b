"""A throwaway PostgreSQL server for the tests: Debian's postgresql (installed by
``make postgres``, which ``make test`` runs), a fresh cluster in a temporary directory on
127.0.0.1 and a free port, stopped and deleted afterwards.

Each test gets its own database, copied from a template that already holds the schema and the
seed (``CREATE DATABASE ... TEMPLATE``): about as cheap as SQLite's fresh file, where creating
and seeding an empty database per test cost three times as much. The database is dropped when
the test ends.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shlex
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from sandbox.server import free_port

ENV = "SANDBOX_TEST_PG"
"""Set to a server URL (``postgresql://user@host:port``): the tests use that server instead of
starting their own (it must let them create and drop databases)."""

# A server that exists only for one test session: durability buys nothing, so every setting that
# trades crash safety for speed is on (never use these for a sandbox that keeps data).
TEST_ONLY_SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "wal_level": "minimal",  # no WAL for archiving or replicas (needs max_wal_senders=0)
    "max_wal_senders": "0",
    "max_connections": "300",
}


def bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


SHM = Path("/dev/shm")
SHM_NEEDED = 2 << 30
"""Free bytes /dev/shm must have to hold a server (~40 MB, ~8 MB per open database); container
runtimes often give it only 64 MB."""


def _scratch_root() -> str | None:
    """A RAM-backed directory when there is a roomy one: creating and dropping a database per
    test is file-system work (hundreds of small files) that a disk makes several times slower."""
    try:
        st = os.statvfs(SHM)
    except OSError:
        return None
    if not os.access(SHM, os.W_OK) or st.f_bavail * st.f_frsize < SHM_NEEDED:
        return None
    return str(SHM)


class PgServer:
    def __init__(self) -> None:
        binaries = bin_dir()
        if binaries is None:
            raise RuntimeError("PostgreSQL is not installed: run `make postgres`")
        self.bin = binaries
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="sandbox-pg-", dir=_scratch_root()))
        self.user: str | None = None
        if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
            self.user = "postgres"
            pw = pwd.getpwnam(self.user)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        self.data = self.dir / "data"
        try:
            self._start()
        except BaseException:
            with contextlib.suppress(Exception):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
            shutil.rmtree(self.dir, ignore_errors=True)
            raise
        self.url = f"postgresql://sandbox@127.0.0.1:{self.port}"
        self._watchdog = self._watch(os.getpid())

    def _start(self) -> None:
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
        options = " ".join(f"-c {k}={v}" for k, v in TEST_ONLY_SETTINGS.items())
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
            f"-p {self.port} -k {self.dir} {options}",
            "start",
        )

    def _command(self, tool: str, *args: str) -> list[str]:
        cmd = [str(self.bin / tool), *args]
        return cmd if self.user is None else ["runuser", "-u", self.user, "--", *cmd]

    def _watch(self, owner: int) -> subprocess.Popen[bytes]:
        """A shell that stops the server and deletes its directory (RAM, on /dev/shm) should
        the test process die without doing it (kill -9, a crash)."""
        stop = shlex.join(self._command("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop"))
        script = (
            f"while kill -0 {owner} 2>/dev/null; do sleep 2; done; "
            f"{stop} >/dev/null 2>&1; rm -rf {shlex.quote(str(self.dir))}"
        )
        return subprocess.Popen(
            ["sh", "-c", script],
            start_new_session=True,  # not in the test process's group: survives its signals
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

    def stop(self) -> None:
        self._watchdog.kill()
        self._watchdog.wait()
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def _admin(server_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        conn.execute(sql)


def fresh_database(server_url: str, template: str | None = None) -> str:
    """A new database on the server (empty, or a copy of ``template``); its URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    # FILE_COPY copies the template's files; the default (WAL_LOG) also writes them all to the
    # WAL, which is slower for a small database.
    copy = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
    _admin(server_url, f"CREATE DATABASE {name}{copy}")
    return f"{server_url}/{name}"


def seeded_template(server_url: str) -> str:
    """A database holding the schema and the seed, to copy for each test; its name.

    It is built by the sandbox itself (the same code as a test's ``create_app``), and every
    connection to it is closed afterwards: PostgreSQL copies only an unused template.
    """
    from sandbox.app import Sandbox

    url = fresh_database(server_url)
    Sandbox(url).store.close()
    return url.rsplit("/", 1)[1]


def drop_database(url: str) -> None:
    """Drop a test's database, ending any connection still open on it."""
    server_url, name = url.rsplit("/", 1)
    _admin(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
