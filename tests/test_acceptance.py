"""The acceptance model: which best entries near the threshold are given."""

from __future__ import annotations

import json
import os

import pytest

from faqbot.acceptance import FEATURES, Acceptance, Evidence, load_acceptance
from faqbot.bot import FAQBot

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PACKAGES = os.path.join(HERE, "data", "packages")
STRONG = Evidence(40.0, 0.5, 0.5, 0, False, 0, 0, 12, True)
"""A best entry far ahead, that the whole-text reading also picks, in a long question naming
the subject."""
WEAK = Evidence(1.0, 0.0, 0.4, 5, False, 2, 2, 3, False)
"""A near tie, that the whole-text reading ranks sixth, in three words two of them unknown."""


@pytest.fixture(scope="module")
def model() -> Acceptance:
    return load_acceptance()


def test_the_shipped_model_has_a_weight_for_every_input_and_a_band_around_the_threshold(
    model: Acceptance,
) -> None:
    assert set(model.weights) == set(FEATURES)
    assert model.low < 0 < model.high
    assert 0.5 < model.cutoff < 1


def test_the_weights_file_says_what_wrote_it_and_what_it_was_trained_on() -> None:
    path = os.path.join(ROOT, "faqbot", "data", "acceptance_model.json")
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    assert "bench/train_acceptance.py" in data["about"]
    assert data["trained_on"] and not any("heldout" in p for p in data["trained_on"])


def test_far_over_the_threshold_is_always_given_and_far_under_never(model: Acceptance) -> None:
    assert model.accepts(model.high, WEAK)
    assert model.accepts(model.high + 10, None)
    assert not model.accepts(model.low - 0.1, STRONG)


def test_in_the_band_the_evidence_decides(model: Acceptance) -> None:
    assert model.decides(0.0) and model.decides(-5.0)
    assert model.accepts(-5.0, STRONG)
    assert not model.accepts(5.0, WEAK)
    assert not model.accepts(-5.0, None) and model.accepts(5.0, None)  # no evidence: threshold


def test_more_of_each_good_sign_never_makes_an_answer_less_likely(model: Acceptance) -> None:
    """The signs of a right answer pull one way: a higher score, a wider lead, a closer
    whole-text reading, fewer unknown words."""
    chance = model.probability(-5.0, WEAK)
    assert model.probability(0.0, WEAK) > chance
    assert model.probability(-5.0, WEAK._replace(lead=20.0)) > chance
    assert model.probability(-5.0, WEAK._replace(similarity=0.4)) > chance
    assert model.probability(-5.0, WEAK._replace(unknown=0)) > chance


def test_a_term_only_the_best_entry_uses_is_answered_anywhere_in_the_band(
    model: Acceptance,
) -> None:
    assert model.accepts(model.low, WEAK._replace(names_term=True))


def test_a_bot_can_be_given_its_own_model() -> None:
    """An operator who wants no answer under the threshold can say so."""
    strict = Acceptance(0.0, dict.fromkeys(FEATURES, 0.0), 1.0, 0.0, 0.0)
    bot = FAQBot.load(os.path.join(PACKAGES, "gout", "faq.yaml"))
    question = "my big toe went red hot and swollen overnight, is that what gout does?"
    shipped = bot.ask(question)
    strict_bot = FAQBot(bot.faq, matcher=bot.matcher, accepting=strict)
    got = strict_bot.ask(question)
    assert shipped.score == got.score
    assert got.kind == ("answer" if (got.score or 0) >= bot.threshold else "fallback")


def test_the_training_script_reports_its_cross_validation() -> None:
    """`python bench/train_acceptance.py --check`, as bench/README.md gives it (scikit-learn is
    a bench extra)."""
    pytest.importorskip("sklearn")
    import subprocess
    import sys

    script = os.path.join(ROOT, "bench", "train_acceptance.py")
    result = subprocess.run([sys.executable, script, "--check"], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert "leave-one-set-out at cut-off 0.83" in result.stdout
    assert "wrote" not in result.stdout
