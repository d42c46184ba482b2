"""``python -m faqbot`` works like the ``faqbot`` command."""

from faqbot.cli import main

raise SystemExit(main())
