"""The offline gazetteer: which city a name stands for."""

import pytest

from eventcoder.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer()


@pytest.mark.parametrize("name, country, feature", [
    ("Dili", "TLS", "capital"),         # also an alternate name of Delhi: a capital keeps its own name
    ("Islamabad", "PAK", "capital"),    # also an old name of Chattogram
    ("New Delhi", "IND", "capital"),
    ("Calcutta", "IND", "city"),        # Kolkata's old name beats a South African town of that name
    ("Canton", "CHN", "city"),          # Guangzhou, not Canton, Ohio
    ("Kiev", "UKR", "city"),
    ("Paris", "FRA", "capital"),
])
def test_a_name_stands_for_the_city_news_means(gazetteer, name, country, feature):
    place = gazetteer.lookup(name)
    assert place is not None and (place.country, place.feature) == (country, feature)


def test_a_month_is_not_looked_up_as_a_town_by_the_engine(shipped_coder):
    from tests.test_engine import coded

    # "March" is also a town in England; "in March" dates the act, it does not place it
    spec = ("Rebels:rebel/NOUN/2/nsubj attacked:attack/VERB/0/root a/DET/4/det base/NOUN/2/obj in/ADP/6/case "
            "March/PROPN/2/obl")
    assert all(t is None or not t.startswith("GBR") for _, _, t in coded(shipped_coder, spec, date="2010-05-21"))
