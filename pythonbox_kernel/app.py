"""The kernel application: ipykernel's, plus Jupyter's own config files.

``IPKernelApp`` reads only IPython profile config (``~/.ipython/profile_default``).
Teachers configure Jupyter, so the PythonBox app also reads ``jupyter_config.py``
and ``pythonbox_kernel_config.py`` (``.json`` too) from every Jupyter config
directory (``jupyter --paths``), the user's first.  Command-line options
(the kernelspec's argv) still win over every file.
"""

from __future__ import annotations

from typing import Any

from ipykernel.kernelapp import IPKernelApp
from jupyter_core.paths import jupyter_config_path
from traitlets import Type
from traitlets.config.application import Application

from .kernel import PythonBoxKernel

CONFIG_FILES = ("jupyter_config", "pythonbox_kernel_config")


class PythonBoxKernelApp(IPKernelApp):
    """Launches :class:`PythonBoxKernel` with Jupyter-level configuration."""

    name = "pythonbox-kernel"
    description = "The PythonBox Jupyter kernel: Python cells in a sandboxed interpreter."
    classes = [*IPKernelApp.classes, PythonBoxKernel]  # type: ignore[assignment]
    kernel_class = Type(PythonBoxKernel, klass="ipykernel.kernelbase.Kernel",
                        help="The kernel class (PythonBox's own).").tag(config=True)

    def load_config_file(self, *args: Any, **kwargs: Any) -> None:
        super().load_config_file(*args, **kwargs)
        paths = jupyter_config_path()
        for base in CONFIG_FILES:
            try:
                Application.load_config_file(self, base, path=paths)
            except Exception:  # noqa: BLE001 - a broken config file must not stop the kernel
                self.log.warning("Error loading config file %s", base, exc_info=True)


def main() -> None:
    PythonBoxKernelApp.launch_instance()
