"""faqbot: answers patients' questions from a clinic's leaflet, quoting it word for word."""

from faqbot.bot import FAQBot, Reply, Suggestion
from faqbot.errors import FAQBotError, FAQFileError, SourceMismatchError
from faqbot.faq import FAQ, Entry, load_faq, parse_faq

__all__ = [
    "FAQ",
    "Entry",
    "FAQBot",
    "FAQBotError",
    "FAQFileError",
    "Reply",
    "SourceMismatchError",
    "Suggestion",
    "load_faq",
    "parse_faq",
]
__version__ = "0.1.0"
