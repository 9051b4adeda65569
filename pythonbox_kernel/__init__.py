"""The PythonBox Jupyter kernel: cells run in the sandboxed interpreter."""

from interpreter import __version__

__all__ = ["PythonBoxKernel", "__version__"]


def __getattr__(name: str) -> object:
    if name == "PythonBoxKernel":  # imported lazily: `install` needs no ipykernel start-up
        from .kernel import PythonBoxKernel

        return PythonBoxKernel
    raise AttributeError(name)
