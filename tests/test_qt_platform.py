"""A Linux PC without the xcb libraries Qt needs: the program says in Russian which packages to install
(the libraries really missing, not Qt's misleading «xcb-cursor0»), instead of Qt's abort."""

from __future__ import annotations

import sys

import pytest
from journal_testing import ejournal

from ejournal_desktop import qt_platform

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")


def test_the_message_names_the_packages_of_the_missing_libraries():
    text = qt_platform.explain_missing(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in text
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in text
    assert "xcb-cursor0" not in text


@pytest.mark.parametrize("env", [{"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"},
                                 {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}])
def test_other_platforms_are_left_to_qt(env):
    assert qt_platform.platform_problem(env) is None


@linux
def test_no_display_is_explained():
    assert "DISPLAY" in qt_platform.platform_problem({"QT_QPA_PLATFORM": "xcb"})


@linux
@pytest.mark.skipif(not qt_platform.xcb_plugin() or not qt_platform.missing_libraries([qt_platform.xcb_plugin()]),
                    reason="this machine has every library the xcb plugin needs")
def test_starting_the_window_without_the_libraries_says_what_to_install(tmp_path):
    missing = qt_platform.missing_libraries([qt_platform.xcb_plugin()])
    if not missing:  # installed since the skip condition was read (another job's apt-get): a window would open
        pytest.skip("the xcb plugin's libraries were installed while the tests ran")
    r = ejournal("--db", str(tmp_path / "none.db"), env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99",
                                                         "WAYLAND_DISPLAY": ""})
    assert r.returncode == 1
    assert "Программа не может открыть окно" in r.stderr
    for package in qt_platform.packages_for(missing):
        assert package in r.stderr
    assert "Aborted" not in r.stderr and "could not load the Qt platform plugin" not in r.stderr.lower()
    assert not list(tmp_path.iterdir())
