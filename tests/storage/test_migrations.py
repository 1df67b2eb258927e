"""A schema upgrade at open: a copy first, each step in a transaction, a failed step changes nothing."""

from __future__ import annotations

import shutil
import textwrap

import pytest
from sqlalchemy import inspect

from ejournal_desktop.storage import database, migrations

# The program's head and the test's extra step after it (the step follows whatever head the program has).
HEAD = migrations.script().get_current_head()
NEXT = "9001_test"


def add_step(script_dir, body: str) -> None:
    steps = textwrap.indent(textwrap.dedent(body).strip(), "    ")
    source = ("import sqlalchemy as sa\nfrom alembic import op\n\n"
              f'revision = "{NEXT}"\ndown_revision = "{HEAD}"\nbranch_labels = None\ndepends_on = None\n\n\n'
              f"def upgrade():\n{steps}\n\n\ndef downgrade():\n    pass\n")
    (script_dir / "versions" / "9001_test_step.py").write_text(source, encoding="utf-8")


@pytest.fixture
def next_version(tmp_path, monkeypatch):
    """A copy of the migrations with room for one more step, used as the program's own."""
    script_dir = tmp_path / "migrations"
    shutil.copytree(migrations.HERE, script_dir, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrations, "HERE", script_dir)
    return script_dir


def columns(db, table):
    return {c["name"] for c in inspect(db.engine).get_columns(table)}


def test_upgrade_copies_the_file_first_then_migrates(tmp_path, db_key, next_version):
    path = tmp_path / "j.db"
    database.create(path).close()  # at HEAD
    add_step(next_version, 'op.add_column("pupil", sa.Column("nickname", sa.String(50)))')
    db = database.open_file(path)
    assert "nickname" in columns(db, "pupil")
    assert migrations.state(db.engine).current == NEXT
    db.close()
    copy = tmp_path / f"j.db.before-{NEXT}.bak"
    # The copy is encrypted with the same key and still holds the old schema.
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    old = database.Database(copy, database._engine_for_file(copy, db_key), None)
    assert migrations.state(old.engine).current == HEAD
    assert "nickname" not in columns(old, "pupil")
    old.close()


def test_failed_step_leaves_the_database_as_it_was(tmp_path, db_key, next_version):
    path = tmp_path / "j.db"
    database.create(path).close()
    add_step(next_version, '''\
        op.add_column("pupil", sa.Column("nickname", sa.String(50)))
        op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
        raise RuntimeError("step fails halfway")
        ''')
    with pytest.raises(RuntimeError, match="halfway"):
        database.open_file(path)
    shutil.rmtree(next_version / "versions" / "__pycache__", ignore_errors=True)
    (next_version / "versions" / "9001_test_step.py").unlink()
    db = database.open_file(path)
    assert migrations.state(db.engine).current == HEAD
    assert "nickname" not in columns(db, "pupil")
    assert "half_done" not in inspect(db.engine).get_table_names()
    db.close()
