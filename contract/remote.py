"""Remote contract runs go through the recording proxy, and end with the drift report.

``python -m contract run --base-url URL`` routes its traffic (the token operation included)
through ``contract.proxy`` in front of the deployment's origin, so that everything
schemathesis sent and received lands in ``<report dir>/traffic/traffic.har``; when the run is
over, ``drift.json`` and ``drift.md`` are written next to the contract report.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from .drift import analyse, write
from .har import HarError, read_har
from .proxy import running
from .spec_index import ApiSpec


@contextmanager
def recorded(base_url: str, report_dir: Path) -> Iterator[str]:
    """Yield the base URL to use instead of ``base_url`` (the proxy's, same path)."""
    parts = urlsplit(base_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    record = report_dir / "traffic"
    har = record / "traffic.har"
    har.unlink(missing_ok=True)  # one recording per run
    spec = ApiSpec.load()
    with running(origin, record, spec) as (proxy_url, _):
        print(f"recording through the proxy {proxy_url} -> {origin} into {har}", flush=True)
        yield proxy_url + parts.path.rstrip("/")
    try:
        # schemathesis' probe of the server's URL handling is the tool's, not the API's
        exchanges = [ex for ex in read_har(har) if "/schemathesis-probe" not in ex.url]
        report = analyse(exchanges, spec, str(har))
    except HarError as exc:
        print(f"drift report not written: {exc}")
        return
    write(report, report_dir)
    print(
        f"drift: {len(report.findings)} finding(s) over {report.checked} exchanges; "
        f"report: {report_dir / 'drift.md'}"
    )
