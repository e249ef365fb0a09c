"""polars' allocator is set to one arena per process by `pipelines` itself (the peak memory of tier L depends on it),
before polars loads, in every process that imports the pipelines first; a value the user set is kept."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def _env_without_setting() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "_RJEM_MALLOC_CONF"}


def test_the_command_sets_one_arena_before_polars_loads():
    done = _python("import sys, os, pipelines.cli\n"
                   "print(os.environ.get('_RJEM_MALLOC_CONF'), 'polars' in sys.modules)", _env_without_setting())
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["narenas:1", "False"]


def test_polars_allocator_reads_what_pipelines_set():
    """A pair jemalloc does not know, added to what `pipelines` set, is reported by polars' jemalloc when polars
    loads: the variable set in the process, after its start, is the one polars' allocator reads."""
    done = _python("import os, pipelines\n"
                   "os.environ['_RJEM_MALLOC_CONF'] += ',thidua_probe:1'\n"
                   "import polars as pl\n"
                   "print(pl.DataFrame({'a': [2, 1]}).sort('a')['a'].to_list())", _env_without_setting())
    assert done.returncode == 0, done.stderr
    assert "[1, 2]" in done.stdout
    assert "thidua_probe:1" in done.stderr and "narenas:1" not in done.stderr  # ours was read, and accepted


def test_a_setting_of_the_user_is_kept():
    done = _python("import os, pipelines\nprint(os.environ['_RJEM_MALLOC_CONF'])",
                   {**_env_without_setting(), "_RJEM_MALLOC_CONF": "narenas:2"})
    assert done.stdout.strip() == "narenas:2"
