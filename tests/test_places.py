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


def test_a_name_is_found_without_its_diacritics(gazetteer):
    # geonames writes "Kandahār" and "Tillabéri"; English news writes neither mark
    assert gazetteer.lookup("Kandahar").country == "AFG"
    assert gazetteer.lookup("Tillaberi").country == "NER"


def test_dictionary_places_come_before_the_gazetteer():
    from eventcoder.places import Place

    own = Gazetteer({"palma": Place("Palma", "MOZ", None, None, "city"), "west bank": Place("West Bank", "PSE", None, None, "territory")})
    assert own.lookup("Palma").country == "MOZ" and own.lookup("West Bank").feature == "territory"
    assert Gazetteer().lookup("Palma").country == "ESP"  # without the entry: the larger city


def test_places_the_shipped_dictionary_adds_are_targets_abroad_only(shipped_coder):
    from tests.test_engine import coded

    # a multi-word name, and a town named by "the town of"
    spec = "Israeli/ADJ/2/amod troops:troop/NOUN/3/nsubj raided:raid/VERB/0/root Khan/PROPN/3/obj Younis/PROPN/4/flat"
    assert coded(shipped_coder, spec, date="2023-07-03") == [("ISRMIL", "190", "PSE")]
    spec = ("Turkish/ADJ/2/amod troops:troop/NOUN/3/nsubj attacked:attack/VERB/0/root the/DET/5/det town/NOUN/3/obj "
            "of/ADP/7/case Afrin/PROPN/5/nmod")
    assert coded(shipped_coder, spec, date="2018-01-21") == [("TURMIL", "190", "SYR")]
    # at home a place is where, not whom: the event stays, with no target
    spec = "Azerbaijani/ADJ/2/amod forces:force/NOUN/3/nsubj shelled:shell/VERB/0/root Stepanakert/PROPN/3/obj"
    assert coded(shipped_coder, spec, date="2020-10-03") == [("AZEMIL", "194", "")]  # kept as an uncoded name
