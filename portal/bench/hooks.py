"""How apps take part in ``make bench``: a ``bench`` module in an app may define

- ``generate(scale, stdout)``: create realistic data for ``scale`` (1 = a province's size);
- ``scenarios()``: a list of ``Scenario`` to measure once the data is there.

Both are found in INSTALLED_APPS order, as the demo loaders are.
"""

import importlib
import importlib.util
from dataclasses import asdict, dataclass, field

from django.apps import apps


@dataclass
class Scenario:
    """One URL to load: who asks for it, and whether the HTTP cache may serve it."""

    name: str
    path: str
    username: str | None = None
    public: bool = True
    session: dict = field(default_factory=dict)  # extra session keys (a second factor)

    def as_dict(self):
        return asdict(self)


def bench_modules():
    for app_config in apps.get_app_configs():
        name = f"{app_config.name}.bench"
        if importlib.util.find_spec(name) is not None:
            yield importlib.import_module(name)
