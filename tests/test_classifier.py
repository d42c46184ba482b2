"""The classifiers' second look: a crisis or an emergency that no pattern lists is still flagged,
and an ordinary question is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from faqbot import classifier, redflags
from faqbot.redflags import CRISIS_MODEL, Flag, assess

DATA = Path(classifier.__file__).parent / "data"
SHARED = Path(__file__).parents[2] / "shared" / "eval"


def test_features_are_words_stems_and_stem_pairs() -> None:
    found = classifier.features("I can't keep going, Mum")
    assert {"cant", "keep", "going", "mum", "~go", "keep go"} <= found


@pytest.mark.parametrize("target", ["crisis", "urgent"])
def test_each_model_is_reviewable_data(target: str) -> None:
    data = json.loads((DATA / f"{target}_model.json").read_text("utf-8"))
    assert {"about", "trained_on", "bias", "threshold", "weights"} <= set(data)
    assert 0 < len(data["weights"]) <= 4000
    assert classifier.load(target).threshold == data["threshold"]


@pytest.mark.parametrize("text", [
    "I've put the dog in kennels for good and written to my sister. Tonight I finally get some peace.",
    "my son sent a photo of the railway bridge and then said thanks for trying, now his phone is off",
])
def test_a_crisis_no_pattern_lists_is_still_a_crisis(text: str) -> None:
    assert assess(text) is not None
    assert assess(text).kind == "crisis"  # type: ignore[union-attr]


def test_the_second_look_only_runs_when_no_pattern_fired() -> None:
    assert assess("I want to kill myself") == Flag("crisis", "crisis")
    assert redflags.CRISIS_MODEL == CRISIS_MODEL


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/eval is not beside the project")
def test_ordinary_patient_questions_are_not_flagged() -> None:
    cases = yaml.safe_load((SHARED / "dev_questions.yaml").read_text("utf-8"))["cases"]
    calm = [c["q"] for c in cases if not c.get("urgent")]
    flagged = [q for q in calm if classifier.flags(q, "crisis") or classifier.flags(q, "urgent")]
    assert not flagged
