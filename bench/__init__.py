"""Benchmarks for faqbot: answer quality beside the usual baselines, speed, and scale.

Run everything with ``python bench/run.py`` (or ``python -m bench``); each part also runs alone:
``python bench/quality.py``, ``python bench/speed.py``, ``python bench/scale.py``.
"""
