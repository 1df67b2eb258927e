"""Where a database file may live: on this PC's own disk, never on a network share.

SQLite's locking does not hold over network file systems (SMB/CIFS, NFS): two PCs writing the same
file through a share corrupt it. A school with several staff-room PCs keeps its journal on a PostgreSQL
server instead (README, «Школьная сеть»), so a file on a share is refused before it is opened.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import StorageError

# Linux file-system types (the third field of /proc/self/mounts) that reach another machine.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "glusterfs", "ceph", "lustre",
    "fuse.sshfs", "fuse.davfs2", "davfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.smbnetfs",
})


class NetworkShare(StorageError):
    """The database file lies on a network share."""


def _unescape(field: str) -> str:
    # /proc/mounts writes spaces and tabs in mount points as octal escapes.
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def filesystem_type(path: Path, mounts: str | None = None) -> str | None:
    """The type of the file system holding `path` (Linux: the longest matching mount point in
    /proc/self/mounts, or `mounts` given as that file's text); None where unknown."""
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.abspath(path)
    best, kind = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def _windows_remote(path: Path) -> bool:
    text = str(Path(path).absolute())
    if text.startswith("\\\\"):  # \\server\share\… (a UNC path)
        return True
    import ctypes  # a mapped drive letter: GetDriveTypeW says DRIVE_REMOTE (4)
    return ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == 4


def network_kind(path: Path) -> str | None:
    """What kind of network location `path` is on ("nfs", "cifs", "сетевой диск"), or None if local."""
    if sys.platform == "win32":
        return "сетевой диск" if _windows_remote(path) else None
    kind = filesystem_type(path)
    return kind if kind in NETWORK_FILESYSTEMS else None


def refuse_network_share(path: Path) -> None:
    """Raise NetworkShare, with what to do, when `path` is on a network share."""
    kind = network_kind(Path(path).parent if not Path(path).exists() else Path(path))
    if kind is not None:
        raise NetworkShare(
            f"Файл базы {path} лежит в сетевой папке ({kind}). Так база повреждается, когда в неё пишут с "
            f"нескольких компьютеров. Перенесите файл на диск этого компьютера или, если журнал ведут на "
            f"нескольких компьютерах, используйте сервер PostgreSQL школы (ejournal --db postgresql://…). "
            f"Файл не открыт и не изменён.")
