"""The language data: what a file that leaves a part out or empties it still gives."""

from __future__ import annotations

from pathlib import Path

import yaml

from faqbot.language import data_path, load_language, parse_language


def test_the_shipped_data_tells_a_time_told() -> None:
    told = load_language().times_told
    assert "years" in told["units"] and "ago" in told["after"]


def test_a_part_left_out_or_empty_is_read_as_none() -> None:
    raw = yaml.safe_load(Path(data_path()).read_bytes())
    for value in (None, {}):
        raw["times_told"] = value
        language = parse_language(yaml.safe_dump(raw).encode())
        assert language.times_told == {"units": frozenset(), "after": frozenset()}
    del raw["times_told"]
    assert not parse_language(yaml.safe_dump(raw).encode()).times_told["after"]


def test_a_specific_kind_is_read_with_its_general_concept() -> None:
    language = load_language()
    assert language.phrases["xray"] == "x_ray" and language.generals["x_ray"] == "imaging"
    assert language.phrases["scans"] == "imaging" and "imaging" not in language.generals


def test_specifics_left_out_give_none() -> None:
    raw = yaml.safe_load(Path(data_path()).read_bytes())
    for value in (None, {}):
        raw["specifics"] = value
        assert parse_language(yaml.safe_dump(raw).encode()).generals == {}
