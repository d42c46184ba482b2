"""Pausing garbage collection while a large structure is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from faqbot._gc import paused_gc


@pytest.fixture
def collecting() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.enable()
    yield
    if not enabled:
        gc.disable()


@pytest.mark.usefixtures("collecting")
def test_collection_is_paused_inside_and_back_on_after_even_on_error() -> None:
    with pytest.raises(ValueError, match="boom"), paused_gc():
        assert not gc.isenabled()
        raise ValueError("boom")
    assert gc.isenabled()


@pytest.mark.usefixtures("collecting")
def test_nested_pauses_leave_it_on_only_at_the_end() -> None:
    with paused_gc():
        with paused_gc():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collecting")
def test_a_caller_that_turned_it_off_finds_it_off() -> None:
    gc.disable()
    with paused_gc():
        pass
    assert not gc.isenabled()
