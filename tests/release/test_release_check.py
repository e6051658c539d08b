"""``diff`` and ``release-check`` from the command line: versions, git refs, changelog file,
and plain errors (no traceback) for a user's mistakes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import paths, release
from generator.cli import main
from generator.diff import Bump
from generator.errors import ReleaseError
from generator.package import build
from generator.release import implied_bump

FIXTURES = Path(__file__).parent / "fixtures"


def spec_pair(tmp_path: Path, case: str, base_version: str, head_version: str) -> list[str]:
    """A fixture pair with the given info.version on each side, as CLI arguments."""
    out = []
    for side, version in (("base", base_version), ("head", head_version)):
        doc: dict[str, Any] = yaml.safe_load((FIXTURES / case / f"{side}.yaml").read_text())
        doc["info"]["version"] = version
        path = tmp_path / f"{side}.yaml"
        path.write_text(yaml.safe_dump(doc), encoding="utf-8")
        out += [f"--{side}-file" if side == "base" else "--head", str(path)]
    return out


@pytest.fixture(autouse=True)
def no_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(release, "release_tags", lambda: [])


@pytest.mark.parametrize(
    ("case", "base", "head", "ok"),
    [
        ("response-property-removed", "1.0.0", "1.1.0", False),  # breaking, minor bump
        ("response-property-removed", "1.0.0", "1.0.1", False),
        ("response-property-removed", "1.0.0", "2.0.0", True),
        ("response-property-added", "1.0.0", "1.0.0", False),  # a change needs some bump
        ("response-property-added", "1.0.0", "1.1.0", True),
        ("response-property-added", "1.0.0", "2.0.0", True),
        ("documentation-changed", "1.0.0", "1.0.1", True),
        ("no-change", "1.0.0", "1.0.0", True),
        ("security-changed", "0.3.0", "0.4.0", True),  # semver 0.x: breaking -> minor
        ("security-changed", "0.3.0", "0.3.1", False),
    ],
)
def test_release_check_compares_the_bump_with_the_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, base: str, head: str, ok: bool
) -> None:
    code = main(["release-check", *spec_pair(tmp_path, case, base, head)])
    out, err = capsys.readouterr()
    assert code == (0 if ok else 1), out + err
    if ok:
        assert "release check passed" in out
    else:
        assert "error:" in err and "bump info.version" in err


def test_release_check_names_the_breaking_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["release-check", *spec_pair(tmp_path, "operation-removed", "1.0.0", "1.1.0")]) == 1
    out, err = capsys.readouterr()
    assert "changes: 1 breaking" in out
    assert "operation removed: client.work_orders.create_work_order POST /workorders" in out
    assert "need a major version bump" in err and "1.0.0 -> 1.1.0 (minor)" in err


def test_release_check_refuses_an_already_released_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(release, "release_tags", lambda: ["client-v1.1.0.1"])
    args = spec_pair(tmp_path, "response-property-added", "1.0.0", "1.1.0")
    assert main(["release-check", *args]) == 1
    assert "client-v1.1.0.1 is already released" in capsys.readouterr().err


def test_versions() -> None:
    assert implied_bump("2.0.0", "3.0.0") is Bump.MAJOR
    assert implied_bump("2.0.0", "2.1") is Bump.MINOR
    assert implied_bump("2.0.0", "2.0.1") is Bump.PATCH
    assert implied_bump("2.0.0", "2.0.0") is Bump.NONE
    with pytest.raises(ReleaseError, match="went backwards"):
        implied_bump("2.1.0", "2.0.9")
    with pytest.raises(ReleaseError, match="not a dotted version"):
        implied_bump("2.0.0", "v3")


def test_build_refuses_a_package_older_than_the_spec(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.0.1.1"\n')
    with pytest.raises(ReleaseError, match=r"is version 0.0.1.1 but the spec says .*make generate"):
        build(tmp_path / "dist", project=tmp_path)
    assert not (tmp_path / "dist").exists()


def test_latest_release_tag_is_the_highest_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real release_tags, over a fake git
    listed = "client-v2.0.0.1\nclient-v10.0.0.1\nclient-v9.1.0.1\nclient-vnext\n"
    monkeypatch.setattr(release, "_git", lambda *a: subprocess.CompletedProcess(a, 0, listed, ""))
    assert release.release_tags() == ["client-v2.0.0.1", "client-v9.1.0.1", "client-v10.0.0.1"]


def test_diff_without_a_release_tag_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff"]) == 0
    out, err = capsys.readouterr()
    assert "no release tag (client-v*) yet" in err
    assert "Compared with an empty spec" in out
    assert "**operation added**" in out


def test_diff_writes_the_changelog_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## fieldnation-client 0.9.0.1 (spec 0.9.0)\n\nOld.\n")
    args = spec_pair(tmp_path, "request-enum-value-removed", "1.0.0", "2.0.0")
    for _ in range(2):
        assert main(["diff", *args, "--changelog", str(changelog)]) == 0
    out = capsys.readouterr().out
    assert "## fieldnation-client 2.0.0.1 (spec 2.0.0)" in out
    assert (
        "- **request enum value removed**: `WorkOrderCreate.priority` (schema `WorkOrderCreate`"
        in out
    )
    assert "`client.work_orders.create_work_order` (`POST /workorders`)" in out
    text = changelog.read_text()
    assert text.startswith("# Changelog\n\n## fieldnation-client 2.0.0.1 (spec 2.0.0)\n")
    assert text.count("## fieldnation-client 2.0.0.1") == 1
    assert text.rstrip().endswith("## fieldnation-client 0.9.0.1 (spec 0.9.0)\n\nOld.")


def test_diff_reads_the_bundle_at_a_git_ref(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--base", "HEAD"]) == 0
    assert "Compared with `HEAD` (spec " in capsys.readouterr().out


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["diff", "--base", "no-such-ref"], "error: unknown git ref 'no-such-ref'"),
        (["diff", "--base-file", "missing.json"], "error: cannot read missing.json"),
        (["release-check", "--base", "HEAD", "--head", "README.md"], "error: README.md is not"),
        (["publish"], "error: REPOSITORY_URL is required"),
    ],
)
def test_user_errors_are_one_line_without_traceback(args: list[str], message: str) -> None:
    proc = _cli(*args)
    assert proc.returncode == 1
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_make_diff_target() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    proc = subprocess.run(
        ["make", "--no-print-directory", "-s", "diff", "BASE=HEAD"],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Compared with `HEAD`" in proc.stdout
