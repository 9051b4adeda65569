"""``python -m pythonbox_kernel``: run the kernel, or ``install`` / ``grade``."""

from __future__ import annotations

import sys


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "install":
        from .install import main as install_main

        sys.exit(install_main(sys.argv[2:]))
    if command == "grade":
        from .grading.cli import main as grade_main

        sys.exit(grade_main(sys.argv[2:]))
    from .app import main as kernel_main

    kernel_main()


if __name__ == "__main__":
    main()
