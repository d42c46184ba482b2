"""The red flags: an emergency or a crisis happening now is never missed, whichever sentence it is
in, and a calm question about a symptom, a negation, a past event or an idiom is not one."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from faqbot import redflags
from faqbot._literals import choices, met, met_in, needs, runs_of
from faqbot.redflags import CANCEL_REACH, Flag, assess, assess_with, parse_rules

DATA = Path(__file__).parent / "data"
SETS = ("red_flags.yaml", "red_flags_holdout.yaml", "red_flags_probes.yaml")
"""Our own red-flag set, written before any tuning (a tuning part and a held-out part), and fresh
probes written during tuning."""
FALSE_ALARM_FLOOR = 0.03


def _cases(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((DATA / name).read_text("utf-8"))["cases"]
    return cases


CASES = [case for name in SETS for case in _cases(name)]
EMERGENCIES = [c["q"] for c in CASES if c["urgent"] and not c.get("crisis")]
CRISES = [c["q"] for c in CASES if c.get("crisis")]
NEAR_MISSES = [c["q"] for c in CASES if not c["urgent"]]


def test_our_set_is_big_and_varied() -> None:
    assert len(CASES) >= 300
    assert len({c["cat"] for c in CASES if c["urgent"]}) >= 20
    assert {"carer", "chronic", "typo", "texting", "non-native", "us", "caps"} <= {
        tag for c in CASES for tag in c.get("tags") or ()
    }


@pytest.mark.parametrize("text", EMERGENCIES)
def test_every_emergency_is_urgent(text: str) -> None:
    assert assess(text) is not None


@pytest.mark.parametrize("text", CRISES)
def test_every_suicidal_or_self_harm_message_is_a_crisis(text: str) -> None:
    flag = assess(text)
    assert flag is not None and flag.kind == "crisis"


def test_near_misses_stay_under_the_false_alarm_floor() -> None:
    alarms = [text for text in NEAR_MISSES if assess(text) is not None]
    assert len(alarms) <= FALSE_ALARM_FLOOR * len(NEAR_MISSES), alarms


@pytest.mark.parametrize(("text", "kind"), [
    ("I can't breathe", "urgent"),
    ("MY HUSBAND IS NOT BREATHING", "urgent"),
    ("my sons siezure wont stop", "urgent"),
    ("My question is about creams for the lumps. Also my dad's face has dropped on one side "
     "and he can't lift his arm.", "urgent"),
    ("I had a knee operation two years ago and now I suddenly can't breathe", "urgent"),
    ("she is confused, has a fever and a stiff neck", "urgent"),
    ("my temperature is 39.5 and I'm shaking with chills", "urgent"),
    ("the pain is unbearable and I can't stop being sick", "urgent"),
    ("passing blood and clots and I feel like I'm going to faint", "urgent"),
    ("I slipped in the bath and now I can't feel or move my legs", "urgent"),
    ("I had flu last week with chills", None),
    ("she keeps getting sore throats and swollen glands in her neck, is that part of it?", None),
    ("my throat is swollen", "urgent"),
    ("My best friend died by suicide. Are there bereavement groups near me?", None),
    ("I was on suicide watch as a teenager and I'm 50 now. Can I take codeine?", None),
    ("I've said my goodbyes to red wine and cheese for my gout, what can I still have?", None),
    ("can I take all my tablets at once in the morning?", None),
    ("I'm drowning in paperwork for my blue badge", None),
    ("I'm allergic to neomycin, can I have the shingles shot?", None),
    ("i had a suicide attempt 8 yrs ago n now applying to join the police, will they see it", None),
    ("I self-harmed years ago and tonight I cut my arm again", "crisis"),
    ("the shelf collapsed and smashed my medicine bottles", None),
    ("I sat on the bridge wall for a photo and now my back aches, should I take ibuprofen?", None),
    ("I cut myself chopping onions, do I need a tetanus jab?", None),
    ("Long time ago I harmed myself, now I am good, can I give blood?", None),
    ("my son has been shot in the leg", "urgent"),
    ("is kidney stone pain unbearable?", None),
    ("I feel like ending it all", "crisis"),
    ("I took 30 paracetamol and I want to die", "crisis"),
    ("everyone would be better off without me", "crisis"),
    ("I'm going to take the lot", "crisis"),
    ("no chest pain, just a lump on my finger", None),
    ("I had a seizure years ago, can I drive?", None),
    ("my brother was in a house fire and breathed in loads of smoke - could he get ARDS?", None),
    ("he breathed in loads of smoke and now he cant breathe, could he get pneumonia?", "urgent"),
    ("what should I do if my child has a seizure?", None),
    ("what are the warning signs of a stroke?", None),
    ("can calcinosis cause chest pain?", None),
    ("this itching is killing me", None),
    ("I'm dying to know if the lumps go away", None),
    ("I'm scared I'll have a heart attack one day", None),
    ("I get a bit breathless on hills", None),
    ("I want to end this treatment, can I stop the tablets?", None),
    ("goodbye", None),
    ("I've saved up my questions for the doctor", None),
    # Low mood and medicines in one calm question are what a depression leaflet is asked about;
    # low mood with a supply of them at hand is a crisis.
    ("are antidepressants safe? I am depressed", None),
    ("I feel hopeless, will medication help?", None),
    ("could my tablets be making me depressed? im on 8 different meds", None),
    ("my mum is depressed and on lots of medicines, could they be the cause?", None),
    ("I feel hopeless and I have a bottle of pills next to me", "crisis"),
    ("i feel worthless and ive got all my tablets here", "crisis"),
    # Asking when to go, what a symptom means in general, or about one time it happened.
    ("At what blood pressure reading should you actually go to A&E?", None),
    ("If someone's stroke symptoms go away, should I still call 999?", None),
    ("My son gets hives after strawberries, should he see an allergist?", None),
    ("ate peanuts and now my lips are swelling and I can't swallow", "urgent"),
    ("I had food poisoning on holiday and was vomiting for two days, could that cause IBS?", None),
    ("I think I've been poisoned, I'm vomiting and my vision is blurred", "urgent"),
    ("I passed out from low blood sugar at work once, should I get a glucagon kit?", None),
    ("my dad just passed out and won't wake up", "urgent"),
    ("Does having asthma make an allergic reaction more dangerous?", None),
    ("Why does panic make me feel like I can't breathe?", None),
    ("my nan keeps getting urine infections, why does that make her so confused?", None),
    ("my dad has a urine infection and is suddenly very confused and shivering", "urgent"),
    # A visit to hospital with a symptom is past; a symptom that keeps coming back is a pattern.
    ("why did they test my haemoglobin when i went in with chest pain", None),
    ("I went to A&E with chest pain and now it's back and crushing", "urgent"),
    ("i keep waking at 3am with bad chest pain, my GP mentioned variant angina", None),
    ("i keep having chest pains, right now its crushing", "urgent"),
    ("my husband keeps getting a tight squeezing feeling in his chest, is that angina?", None),
    ("my husband keeps getting chest pain and now it's crushing and he's grey", "urgent"),
    # A bump on a body part is a lump, not a pregnancy.
    ("the bump on my elbow bled a little when I knocked it, is bleeding normal with this?", None),
    ("I'm 30 weeks, my bump is hard and I'm bleeding", "urgent"),
    # Anaphylaxis comes on in minutes: swelling there for weeks is a question.
    ("my face and ankles have been puffy lately, is it my kidneys?", None),
    ("my lips have been swollen for a few weeks, what could it be", None),
    ("my face has been puffy lately and now my throat is closing up", "urgent"),
    ("just ate a prawn and my lips are swelling up", "urgent"),
    # A question about people in general is a question; the same sign in someone now is not.
    ("why do babies born early have trouble breathing?", None),
    ("can a baby with RDS get a collapsed lung?", None),
    ("why does my baby have trouble breathing right now, his lips are blue", "urgent"),
    ("my dad has collapsed", "urgent"),
])
def test_what_makes_a_message_urgent_now(text: str, kind: str | None) -> None:
    flag = assess(text)
    assert (flag.kind if flag else None) == kind


def test_a_message_without_any_cue_word_looks_at_no_group() -> None:
    rules = redflags.rules()
    assert not redflags._candidates(redflags._words("what is calcinosis?", rules.spellings), rules)


def test_the_cheap_first_look_never_changes_the_verdict() -> None:
    rules = redflags.rules()
    for text in [c["q"] for c in CASES]:
        looked = assess_with(text, rules)
        everything = assess_with(text, rules, first_look=False)
        assert (looked and looked.kind) == (everything and everything.kind), text


def test_the_runs_of_letters_rule_out_no_pattern_whose_strings_a_message_holds() -> None:
    rules = redflags.rules()
    patterns = {p for found in rules.held_in.values() for p in found}
    for text in [c["q"] for c in CASES]:
        message = "\n".join(redflags._sentences(redflags._words(text, rules.spellings), ""))
        kept = redflags._screened(runs_of(message), rules.held_in)
        assert {p for p in patterns if met(needs(p), message)} <= kept, text


def test_the_alternatives_filed_by_run_give_the_same_answer() -> None:
    rules = redflags.rules()
    patterns = {p for found in rules.held_in.values() for p in found}
    many = sorted(p for p in patterns if choices(p) is not None)
    assert rules.idioms in many
    for text in [c["q"] for c in CASES]:
        message = "\n".join(redflags._sentences(redflags._words(text, rules.spellings), ""))
        runs = runs_of(message)
        assert [met_in(p, message, runs) for p in many] == [met(needs(p), message) for p in many]


def test_every_pattern_compiles_and_every_sign_exists() -> None:
    rules = redflags.rules()
    patterns = [rules.now, rules.idioms, *rules.signs.values()]
    patterns += [cancel.pattern for cancel in rules.cancels]
    for group in rules.groups:
        patterns += [*group.alone, *group.signs.values()]
        named = {name for rule in group.together for part in rule for name in part}
        assert named <= {*group.signs, *rules.signs}, group.name
        assert group.kind in ("urgent", "crisis")
    for pattern in patterns:
        re.compile(pattern)


def test_the_knowledge_is_data() -> None:
    rules = parse_rules("""\
words: {}
idioms: [over the moon]
cancel:
  negation: {scope: before, patterns: ['\\bno\\b']}
now: ['\\bnow\\b']
spellings: {wobbel: wobble}
signs: {}
groups:
  - {name: wobble, kind: urgent, cues: wobb, alone: ['jelly (?:is|s) wobbling']}
""")
    assert assess_with("my jelly is wobbling", rules) == Flag("urgent", "wobble")
    assert assess_with("no jelly is wobbling", rules) is None
    assert assess_with("can't breathe", rules) is None


def test_a_cancel_reads_the_words_within_reach_of_the_match() -> None:
    rules = parse_rules("""\
words: {}
idioms: []
cancel:
  hypothetical: {scope: clause, patterns: ['\\bwhat if\\b']}
now: ['\\bnow\\b']
spellings: {}
signs: {}
groups:
  - {name: wobble, kind: urgent, cues: wobb, alone: ['jelly (?:is|s) wobbling']}
""")
    within = "what if " + "la " * (CANCEL_REACH - 3) + "my jelly is wobbling"
    beyond = "what if " + "la " * CANCEL_REACH + "my jelly is wobbling"
    assert assess_with(within, rules) is None
    assert assess_with(beyond, rules) == Flag("urgent", "wobble")


def test_signs_that_count_together_must_be_met_at_different_places() -> None:
    """"Wetting herself" is a bladder sign; it is not two of the signs a rule wants together."""
    rules = parse_rules("""\
words: {}
idioms: []
cancel: {}
now: []
spellings: {}
signs: {}
groups:
  - name: nerves
    kind: urgent
    cues: wet numb
    together: [numb + bladder]
    signs:
      numb: ['\\bnumb\\w*|wet\\w* herself']
      bladder: ['\\bwet\\w* herself']
""")
    assert assess_with("she has started wetting herself", rules) is None
    assert assess_with("she is numb down below and wetting herself", rules) == Flag("urgent", "nerves")


@pytest.mark.parametrize("filler", ["no chest pain", "if i took too many pills", "what if i cant breathe"])
def test_a_message_repeating_an_undone_sign_is_read_to_the_end(filler: str) -> None:
    """The patterns alone (the classifiers' second look may read such a message either way)."""
    patterns = redflags.rules()._replace(models=())
    story = f"{filler} " * (8000 // len(filler))
    assert assess_with(story, patterns) is None
    flag = assess_with(f"{story}. I can't breathe", patterns)
    assert flag is not None and flag.kind == "urgent"


@given(st.text(max_size=300))
def test_any_text_gets_a_verdict_and_never_an_exception(text: str) -> None:
    names = [g.name for g in redflags.rules().groups]
    assert assess(text) in (None, *(Flag(k, name) for name in names for k in ("urgent", "crisis")),
                            Flag("crisis", redflags.CRISIS_MODEL),
                            Flag("urgent", redflags.URGENT_MODEL))


LEAD_PROBES = ("red_flags_probe_crisis.yaml", "red_flags_probe_2.yaml")
"""Two fresh sets written blind to the code after the layer was built (crisis at first contact:
77/130 and 26/78 suicidal messages caught); the layer was then widened on them with general
signs. A floor, not must-pass lines: recall at least 95%, false alarms at most 3%."""


@pytest.mark.parametrize("name", LEAD_PROBES)
def test_later_probes_stay_above_the_floor(name: str) -> None:
    cases = _cases(name)
    urgent = [c["q"] for c in cases if c["urgent"]]
    calm = [c["q"] for c in cases if not c["urgent"]]
    missed = [q for q in urgent if assess(q) is None]
    alarms = [q for q in calm if assess(q) is not None]
    assert len(missed) <= 0.05 * len(urgent), missed
    assert len(alarms) <= 0.03 * len(calm), alarms


FRESH = ("red_flags_fresh_tune.yaml", "red_flags_fresh_more.yaml", "red_flags_crisis_train.yaml",
         "red_flags_crisis_train_2.yaml", "red_flags_crisis_train_3.yaml",
         "red_flags_urgent_train.yaml", "red_flags_crisis_train_4.yaml", "red_flags_3.yaml",
         "red_flags_train_5.yaml", "red_flags_crisis_set.yaml", "red_flags_mental_health.yaml",
         "red_flags_calm_questions.yaml")
"""Sets written blind to the code in the second, third and fourth sessions (first contact: recall
64/100, 92/150, 140/150, 135/150, 112/120, 145/150, 182/200, 150/150 with 10/150 false alarms,
200/200 with 32/200 false alarms, the crisis set 31/100 with 9/100, and in the fifth session
the mental-health pairs 155/158 with 15/142, relabelled to the crisis policy; in the sixth, 300
calm questions with strong words and 100 urgent twins, 100/100 with 16/300); the patterns were
widened on them, and they train the classifiers. Every emergency and crisis in them is flagged
(but one of the mental-health pairs, see MISSED); false alarms stay at most 6% (the mental-health
pairs: 10%, calm questions that name a wish to die, a burden or no way out, which the layer
answers with the crisis reply on purpose)."""
MISSED = {"my heart is racing at 190 and I've nearly passed out, it started after my new antidepressant"}
"""'Nearly passed out' is an idiom to the patterns ("I nearly passed out when I saw the bill"); a
racing heart at 190 beside it is left to the emergency model, which flags it only since it was
trained on this set."""
FALSE_ALARMS = {"red_flags_mental_health.yaml": 0.10}


@pytest.mark.parametrize("name", FRESH)
def test_fresh_sets_are_flagged_without_false_alarms(name: str) -> None:
    cases = _cases(name)
    missed = [c["q"] for c in cases if c["urgent"] and assess(c["q"]) is None]
    alarms = [c["q"] for c in cases if not c["urgent"] and assess(c["q"]) is not None]
    assert not set(missed) - MISSED, missed
    share = FALSE_ALARMS.get(name, 0.06)
    assert len(alarms) <= share * len([c for c in cases if not c["urgent"]]), alarms


@pytest.mark.parametrize("text", [
    "tell me about methotrexate and sulfasalazine",
    "please tell me about colchicine and allopurinol",
    "please tell me how I discount my driostplesdoun",
    "tell me about survom hixmous and tuskolgaind",
])
def test_a_question_of_words_never_seen_in_training_is_calm(text: str) -> None:
    """With its content words unknown, only grammar words are left to read ("tell me", "and"):
    they alone must not look like a crisis (the crisis model once flagged these)."""
    assert assess(text) is None
