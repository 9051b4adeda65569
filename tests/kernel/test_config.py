"""Settings reach the kernel from Jupyter config files; the kernelspec's argv wins."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

from pythonbox_kernel.install import install


@pytest.mark.timeout(120)
def test_jupyter_config_files_and_argv(tmp_path: Path) -> None:
    config_dir = tmp_path / "jupyter-config"
    config_dir.mkdir()
    (config_dir / "jupyter_config.py").write_text(
        "c.PythonBoxKernel.timeout = None\nc.PythonBoxKernel.max_output_bytes = 5\n")
    (config_dir / "pythonbox_kernel_config.json").write_text(
        json.dumps({"PythonBoxKernel": {"max_operations": 1234,
                                        "allowed_modules": ["math", "json"]}}))
    install("pythonbox-configured", "PythonBox (configured)", prefix=str(tmp_path),
            options={"max_output_bytes": 777})
    km = KernelManager(kernel_name="pythonbox-configured", kernel_spec_manager=KernelSpecManager(
        kernel_dirs=[str(tmp_path / "share" / "jupyter" / "kernels")]))
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(config_dir),
               IPYTHONDIR=str(tmp_path / "ipython"))
    km.start_kernel(env=env)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        banner = kc.kernel_info(reply=True, timeout=30)["content"]["banner"]
        assert "time none" in banner  # from jupyter_config.py
        assert "operations 1,234" in banner  # from pythonbox_kernel_config.json
        assert "output 777 bytes" in banner  # the kernelspec's argv beats the files
        assert "Importable modules: json, math." in banner
        reply = kc.execute_interactive("import random", timeout=30, output_hook=lambda m: None)
        assert reply["content"]["ename"] == "ForbiddenImportError"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
