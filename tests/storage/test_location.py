"""A database file on a network share is refused before it is opened (issue 10): SQLite's locks do not
hold over SMB/NFS. The mount table of this machine is read for real; shares cannot be mounted in a test
container, so the lookup is also run on mount tables as Linux writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from ejournal_desktop.storage import database
from ejournal_desktop.storage.location import (
    NetworkShare,
    filesystem_type,
    network_kind,
    refuse_network_share,
)

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
//fileserver/teachers /mnt/school\\040share cifs rw,vers=3.0 0 0
nas:/export/journal /srv/journal nfs4 rw,vers=4.2 0 0
/dev/sdb1 /media/admin/USB vfat rw,nosuid 0 0
nas:/export/journal/local /srv/journal/local ext4 rw 0 0
"""


@pytest.mark.parametrize("path, kind", [
    ("/home/zavuch/journal.db", "ext4"),
    ("/mnt/school share/ЭЖ/journal.db", "cifs"),
    ("/srv/journal/journal.db", "nfs4"),
    ("/srv/journal/local/journal.db", "ext4"),       # the longest mount point wins
    ("/srv/journalist/journal.db", "ext4"),          # a prefix of the name is not the mount point
    ("/media/admin/USB/backup.ejb", "vfat"),
])
def test_the_file_system_of_a_path_is_its_longest_mount_point(path, kind):
    assert filesystem_type(Path(path), MOUNTS) == kind


def test_this_machines_temporary_folder_is_local(tmp_path):
    assert filesystem_type(tmp_path) is not None
    assert network_kind(tmp_path) is None
    refuse_network_share(tmp_path / "journal.db")  # no exception


def test_a_file_on_a_share_is_refused_with_what_to_do(tmp_path, monkeypatch, db_key):
    path = tmp_path / "journal.db"
    database.create(path, key=db_key).close()
    before = path.read_bytes()
    # This container cannot mount SMB: the mount table is what says where the file lies.
    monkeypatch.setattr("ejournal_desktop.storage.location.filesystem_type", lambda p, mounts=None: "cifs")
    with pytest.raises(NetworkShare) as refused:
        database.open_file(path, key=db_key)
    message = str(refused.value)
    assert "сетевой папке (cifs)" in message and "PostgreSQL" in message and "не изменён" in message
    assert path.read_bytes() == before
    with pytest.raises(NetworkShare):
        database.create(tmp_path / "new.db", key=db_key)
    assert not (tmp_path / "new.db").exists()
