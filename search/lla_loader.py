"""Loads the shipped synonyms, once: editors' own changes are never overwritten."""

from . import lla_content
from .models import Synonym


def load(loader):
    if Synonym.objects.exists():
        loader.stdout("  kept     synonyms (editors already have some)")
        return
    for terms, note in lla_content.SYNONYMS:
        Synonym.objects.create(terms=terms, note=note)
    loader.stdout(f"  created  {len(lla_content.SYNONYMS)} synonyms")
