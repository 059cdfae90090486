"""The collector pause: nested and overlapping pauses, and the caller's setting kept."""

from __future__ import annotations

import gc
import threading

from models.gc_pause import collector_paused


def test_collector_stays_paused_until_the_last_overlapping_job_ends() -> None:
    first_in, release = threading.Event(), threading.Event()
    states: list[bool] = []

    def long_job() -> None:
        with collector_paused():
            first_in.set()
            release.wait(5)

    thread = threading.Thread(target=long_job)
    thread.start()
    first_in.wait(5)
    with collector_paused():
        states.append(gc.isenabled())
    states.append(gc.isenabled())  # the long job still runs: still paused
    release.set()
    thread.join(5)
    states.append(gc.isenabled())
    assert states == [False, False, True]


def test_collector_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_decorator_form_pauses_each_call() -> None:
    @collector_paused()
    def job() -> bool:
        return gc.isenabled()

    assert job() is False and job() is False
    assert gc.isenabled()
