"""The audit chain's hash is json.dumps of the entry's fields: the item-by-item writer `db check` uses
must give exactly what the encoder gives, for any text a field may hold (hashes of old entries depend on it)."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given
from hypothesis import strategies as st

from ejournal_desktop.services.access import audit

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)  # any text, «Н», \x00, \u2028
maybe_text = st.none() | texts
maybe_int = st.none() | st.integers(min_value=-2**63, max_value=2**63)
scalar = st.none() | texts | st.integers() | st.booleans() | st.floats(allow_nan=False)


def _reference(*fields) -> str:
    return hashlib.sha256(json.dumps(list(fields), ensure_ascii=False).encode("utf-8")).hexdigest()


@given(texts, texts, maybe_int, texts, texts, maybe_int, maybe_text, maybe_text)
def test_the_fast_hash_is_the_json_dumps_hash(prev, at, account, action, entity, entity_id, old, new):
    assert audit.chained_hash(prev, at, account, action, entity, entity_id, old, new) == \
        _reference(prev, at, account, action, entity, entity_id, old, new)


@given(scalar, scalar)
def test_other_values_go_through_the_encoder(account, entity_id):
    assert audit.chained_hash("0" * 64, "2026-12-04T10:00:00.000000", account, "update", "mark", entity_id,
                              None, '{"value": "5"}') == \
        _reference("0" * 64, "2026-12-04T10:00:00.000000", account, "update", "mark", entity_id, None,
                   '{"value": "5"}')


def test_stored_sqlite_text_and_an_aware_time_hash_alike():
    import datetime as dt
    at = dt.datetime(2026, 12, 4, 10, 0, 0, 120, tzinfo=dt.timezone.utc)
    assert audit.utc_text("2026-12-04 10:00:00.000120") == audit.utc_text(at) == "2026-12-04T10:00:00.000120"
    moscow = at.astimezone(dt.timezone(dt.timedelta(hours=3)))
    assert audit.utc_text(moscow) == audit.utc_text(at.replace(tzinfo=None))
