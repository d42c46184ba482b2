"""The README cannot go stale: its two commands match CI, and every console example is re-run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def blocks(kind: str) -> list[str]:
    return [body for lang, body in FENCE.findall(README.read_text()) if lang == kind]


def console_examples() -> list[tuple[str, str]]:
    examples = []
    for block in blocks("console"):
        for chunk in block.split("$ ")[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output))
    return examples


def test_first_screen_has_exactly_two_commands_install_and_test() -> None:
    first_screen = README.read_text().split("```console")[0]
    commands = [body.strip() for lang, body in FENCE.findall(first_screen) if lang == "sh"]
    assert len(commands) == 2
    install, test = commands
    assert install.endswith("pip install . && faqbot")
    assert test.endswith("python -m pytest")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = blocks("sh")[1].strip()
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert test_command in ci_lines


@pytest.fixture(scope="module")
def shell_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """PATH with a `faqbot` that runs this interpreter's faqbot, whatever is installed."""
    bin_dir = tmp_path_factory.mktemp("bin")
    wrapper = bin_dir / "faqbot"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m faqbot "$@"\n')
    wrapper.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", COLUMNS="100")
    env.pop("NO_COLOR", None)
    return env


@pytest.mark.parametrize(("command", "output"), console_examples(), ids=lambda v: v[:40])
def test_console_example(command: str, output: str, shell_env: dict[str, str]) -> None:
    result = subprocess.run(command, shell=True, capture_output=True, text=True, cwd=ROOT,
                            env=shell_env, timeout=120)
    assert result.stdout + result.stderr == output


def test_python_example(capsys: pytest.CaptureFixture[str]) -> None:
    (code,) = blocks("python")[:1]
    exec(compile(code, str(README), "exec"), {})
    out = capsys.readouterr().out
    assert out.startswith("answer lymph-nodes\nOther symptoms of calcinosis may include:")
    assert "'suggestions': []" in out


def test_examples_were_found() -> None:
    assert len(console_examples()) >= 5
    assert Path(README).stat().st_size > 0


def test_embed_snippet_is_what_the_demo_page_uses() -> None:
    (snippet,) = blocks("html")
    # The demo page fills {{root}} with the mount prefix, empty when served at the site's root.
    demo = (ROOT / "faqbot" / "static" / "index.html").read_text().replace("{{root}}", "")
    demo = demo.replace("{{heading}}", "Questions about calcinosis")  # the bundled FAQ's
    for line in snippet.strip().splitlines():
        assert line.strip() in demo


def test_linked_documents_exist() -> None:
    for target in re.findall(r"\]\(([^)#]+)\)", README.read_text()):
        if not target.startswith("http"):
            assert (ROOT / target).exists(), target
