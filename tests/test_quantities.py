"""Counts of noun phrases, for number-sensitive patterns."""

import pytest

from eventcoder.quantities import count_of, threshold_of
from tests.conftest import sentence


@pytest.mark.parametrize(("spec", "head", "expected"), [
    ("134/NUM/2/nummod herders:herder/NOUN/0/root", 2, 134),
    ("1,300/NUM/2/nummod people/NOUN/0/root", 2, 1300),
    ("two/NUM/2/compound hundred/NUM/3/nummod people/NOUN/0/root", 3, 200),
    ("forty/NUM/2/nummod police/NOUN/0/root", 2, 40),
    ("dozens/NOUN/0/root of/ADP/3/case people/NOUN/1/nmod", 1, 24),
    ("thousands/NOUN/0/root", 1, 2000),
    ("5/NUM/2/compound million/NUM/3/nummod people/NOUN/0/root", 3, 5_000_000),
    ("the/DET/2/det people/NOUN/0/root", 2, None),
])
def test_count_of(spec, head, expected):
    sent = sentence(spec)
    assert count_of(sent, sent.token(head)) == expected


def test_threshold_of():
    assert threshold_of(">=20") == 20
    assert threshold_of(">=1,000") == 1000
    assert threshold_of("civilians") is None
    assert threshold_of(">=many") is None
