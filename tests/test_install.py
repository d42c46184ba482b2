"""The FAQ being used is never a surprise: after a plain (non-editable) install into a fresh
virtual environment, an editor edits faq.yaml in the working folder and every command reads it
and says so. One install, so one slow test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

INVENTED = "Calcinosis is always cured by drinking plenty of milk."


@pytest.mark.install
def test_a_plain_install_reads_the_edited_faq_in_the_working_folder(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    installed = subprocess.run([str(bin_dir / "pip"), "install", "-q", f"{ROOT}[web]"],
                               capture_output=True, text=True, timeout=900)
    if installed.returncode != 0:
        pytest.skip(f"cannot install into a fresh environment here: {installed.stderr[-300:]}")
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    edited = (ROOT / "faq.yaml").read_text(encoding="utf-8").replace(
        "Surgery: In rare cases, surgery may be necessary to remove larger calcium deposits.",
        INVENTED)
    (clinic / "faq.yaml").write_text(edited, encoding="utf-8")
    (clinic / "questions.yaml").write_text("- {q: will I need surgery, expect: surgery}\n")
    env = {k: v for k, v in os.environ.items() if k not in ("FAQBOT_FAQ", "PYTHONPATH")}

    def faqbot(*args: str, cwd: Path = clinic, stdin: str = "",
               **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(bin_dir / "faqbot"), *args], cwd=cwd, input=stdin,
                              capture_output=True, text=True, timeout=120,
                              env={**env, "COLUMNS": "100", **extra})

    checked = faqbot("check", "--source", str(ROOT / "tests" / "data" / "calcinosis.txt"))
    assert checked.returncode == 1
    assert f"faq.yaml, entry 'surgery': not in the source document: {INVENTED!r}" in checked.stderr
    asked = faqbot("ask", "will I need surgery")
    assert asked.stdout == INVENTED + "\n", asked.stderr
    assert faqbot(stdin="will I need surgery\n").stdout.startswith(INVENTED)
    coverage = faqbot("coverage", "questions.yaml")
    assert coverage.stdout.startswith("Coverage of faq.yaml (threshold 72) by questions.yaml")
    elsewhere = faqbot("ask", "will I need surgery", cwd=tmp_path,
                       FAQBOT_FAQ=str(clinic / "faq.yaml"))
    assert elsewhere.stdout == INVENTED + "\n"
    bundled = faqbot("check", cwd=tmp_path)
    assert bundled.stdout.startswith(str(venv)) and "site-packages" in bundled.stdout
    assert _serve_start_line(bin_dir, clinic, env).endswith(" from faq.yaml; press Ctrl+C to quit")


def _serve_start_line(bin_dir: Path, cwd: Path, env: dict[str, str]) -> str:
    process = subprocess.Popen([str(bin_dir / "faqbot"), "serve", "--port", "0"], cwd=cwd,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert process.stdout is not None
        return process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=20)
        if process.stdout is not None:
            process.stdout.close()
