"""The ``faqbot`` command: one module per subcommand, each a thin shell over the library."""

from faqbot.cli._common import read_lines
from faqbot.cli._main import build_parser, main

__all__ = ["build_parser", "main", "read_lines"]
