"""`make` checks the Python it is given before creating the venv, and says what
to install when it is too old or has no venv module.

Each case runs the real Makefile with a stand-in interpreter and a venv folder
in a temporary directory, so nothing is installed and the checkout's own .venv
is never touched.
"""

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Answers the Makefile's questions as a Python 3.10 would.
PYTHON_310 = """#!/bin/sh
case "$2" in
  *version_info*) exit 1 ;;
  *python_version*) echo 3.10.12 ;;
esac
exit 0
"""

# A real Python whose venv module cannot bootstrap pip, as on Debian without
# python3-venv.
NO_VENV_MODULE = f"""#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  echo "The virtual environment was not created successfully because ensurepip" \
       "is not available." >&2
  exit 1
fi
exec "{sys.executable}" "$@"
"""

# A real Python 3.11+.
WORKING_PYTHON = f"""#!/bin/sh
exec "{sys.executable}" "$@"
"""


@pytest.fixture
def make() -> str:
    found = shutil.which("make")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI runs `make test`, so make must be installed")
        pytest.skip("make is not installed")
    return found


def interpreter(folder: Path, name: str, script: str) -> Path:
    path = folder / name
    path.write_text(script, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def run_make(make: str, tmp_path: Path, *args: str, path: str = "", **variables):
    venv = tmp_path / "venv"
    # Not the make running these tests (make test), if any: a fresh one.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "MFLAGS"))}
    if path:
        env["PATH"] = path
    command = [make, "-C", str(ROOT), *args, f"VENV={venv}"]
    command += [f"{name}={value}" for name, value in variables.items()]
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=60
    )
    return result, venv


def test_python_older_than_3_11_is_refused_with_what_to_install(make, tmp_path):
    old = interpreter(tmp_path, "python3", PYTHON_310)
    result, venv = run_make(make, tmp_path, "install", PYTHON=old)
    assert result.returncode != 0
    assert f"{old} is Python 3.10.12; backpain needs 3.11 or newer." in result.stderr
    assert "sudo apt-get install python3.11 python3.11-venv" in result.stderr
    assert "make run PYTHON=/path/to/python3.11" in result.stderr
    assert not venv.exists()


def test_missing_venv_module_names_the_debian_package(make, tmp_path):
    python = interpreter(tmp_path, "python3", NO_VENV_MODULE)
    result, venv = run_make(make, tmp_path, "install", PYTHON=python)
    assert result.returncode != 0
    assert "its venv module (ensurepip) is missing" in result.stderr
    version = "{}.{}".format(*sys.version_info[:2])
    assert f"sudo apt-get install python{version}-venv" in result.stderr
    assert not (venv / "bin" / "pip").exists()


def test_only_an_old_python3_on_the_path_is_refused(make, tmp_path):
    # Nothing else on PATH: make finds this python3 itself, then refuses it.
    interpreter(tmp_path, "python3", PYTHON_310)
    result, venv = run_make(make, tmp_path, "install", path=str(tmp_path))
    assert result.returncode != 0
    assert "is Python 3.10.12; backpain needs 3.11 or newer." in result.stderr
    assert not venv.exists()


def test_a_newer_python_on_the_path_is_chosen_over_an_old_python3(make, tmp_path):
    interpreter(tmp_path, "python3", PYTHON_310)
    newer = interpreter(tmp_path, "python3.12", WORKING_PYTHON)
    # -n: print what would run, run nothing.
    result, venv = run_make(make, tmp_path, "-n", "install", path=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert f'py="{newer}"' in result.stdout
    assert not venv.exists()
