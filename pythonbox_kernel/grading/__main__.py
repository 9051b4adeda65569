"""``python -m pythonbox_kernel.grading SUBMISSIONS... --tests TESTS``."""

from .cli import main

raise SystemExit(main())
