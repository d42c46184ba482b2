"""The README cannot go stale: its two commands match CI, and every console example is re-run."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


WALK_THROUGH = "## Editing the FAQ"
"""The README section whose examples run in order in an editor's own folder."""


def blocks(kind: str, text: str | None = None) -> list[str]:
    return [body for lang, body in FENCE.findall(text or README.read_text()) if lang == kind]


def section(heading: str) -> str:
    text = README.read_text()
    start = text.index(heading)
    following = re.search(r"^## ", text[start + len(heading):], re.M)
    return text[start: start + len(heading) + following.start()] if following else text[start:]


def console_examples(text: str | None = None) -> list[tuple[str, str]]:
    """(command, output) of every console example; without ``text``, those of the whole README
    but the walk-through."""
    if text is None:
        text = README.read_text().replace(section(WALK_THROUGH), "")
    examples = []
    for block in blocks("console", text):
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


def test_the_editing_walk_through_runs_in_an_editors_folder(tmp_path: Path,
                                                             shell_env: dict[str, str]) -> None:
    """From a leaflet to a served bot: every command of the section, in order, in a folder that
    holds only the leaflet and the questions file the section shows."""
    walk = section(WALK_THROUGH)
    _editors_folder(tmp_path, walk)
    examples = console_examples(walk)
    assert [c.split()[:2] for c, _ in examples] == [
        ["faqbot", "draft"], ["faqbot", "check"], ["faqbot", "coverage"], ["faqbot", "serve"]]
    for command, output in examples[:-1]:
        result = subprocess.run(command, shell=True, capture_output=True, text=True, cwd=tmp_path,
                                env=shell_env, timeout=120)
        assert result.stdout + result.stderr == output, command
    serve, line = examples[-1]
    assert _first_line_served(serve, tmp_path, shell_env) == line


def _first_line_served(command: str, cwd: Path, env: dict[str, str]) -> str:
    port = _free_port()
    process = subprocess.Popen(f"{command} --port {port}", shell=True, cwd=cwd, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        assert process.stdout is not None
        return process.stdout.readline().replace(str(port), "8000")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
        if process.stdout is not None:
            process.stdout.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _editors_folder(folder: Path, walk: str) -> None:
    """The leaflet, and the questions file the walk-through shows, in ``folder``."""
    (folder / "leaflet.txt").write_bytes((ROOT / "tests" / "data" / "calcinosis.txt").read_bytes())
    questions = next(b for b in blocks("yaml", walk) if b.lstrip().startswith("# What patients"))
    (folder / "questions.yaml").write_text(questions, encoding="utf-8")


def refresh_walk_through() -> None:
    """Rewrite the output of the walk-through's examples (all but `faqbot serve`) with what the
    commands now print, after a change to the drafting or the matcher:
    ``python tests/test_readme.py``."""
    import tempfile

    walk = section(WALK_THROUGH)
    env = dict(os.environ, COLUMNS="100")
    fresh = walk
    with tempfile.TemporaryDirectory() as folder:
        _editors_folder(Path(folder), walk)
        for command, output in console_examples(walk)[:-1]:
            result = subprocess.run([sys.executable, "-m", "faqbot", *command.split()[1:]],
                                    capture_output=True, text=True, cwd=folder, env=env)
            fresh = fresh.replace(f"$ {command}\n{output}",
                                  f"$ {command}\n{result.stdout + result.stderr}")
    README.write_text(README.read_text().replace(walk, fresh))


if __name__ == "__main__":
    refresh_walk_through()
