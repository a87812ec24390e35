"""The bad-input tests' store: each test module gets its own copy of a small demo register
(tests/reliability/test_bad_input.py builds the template once per run)."""

from collections.abc import Iterator

import pytest

from tests.reliability.test_bad_input import Demo, open_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Iterator[Demo]:
    yield from open_demo(tmp_path_factory)
