"""Called by the demo loader (``demo/loader.py``): the vendored job tag data, imported idempotently."""

from occupations.importer import import_jobtag


def load_occupations(loader) -> None:
    loader.log(str(import_jobtag()))
