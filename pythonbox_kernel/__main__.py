"""``python -m pythonbox_kernel``: run the kernel, or ``install`` / ``grade`` / ``lab``."""

from __future__ import annotations

import sys


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "install":
        from .install import main as install_main

        sys.exit(install_main(sys.argv[2:]))
    if command == "lab":
        from .lab import main as lab_main

        sys.exit(lab_main(sys.argv[2:]))
    if command == "grade":
        from .grading.cli import main as grade_main

        sys.exit(grade_main(sys.argv[2:]))
    if not any(arg.lower().endswith("isolation=inprocess") for arg in sys.argv):
        # the jailed worker's template imports while ipykernel does
        from interpreter import prestart_template

        prestart_template()
    from .app import main as kernel_main

    kernel_main()


if __name__ == "__main__":
    main()
