"""The collector pause: nested and overlapping pauses, and the caller's setting kept."""

from __future__ import annotations

import gc
import threading
import weakref

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


class _Node:
    """A weak-referenceable object that can sit in a reference cycle."""

    def __init__(self) -> None:
        self.me: object = self


def test_nothing_stays_frozen_and_later_garbage_is_collected() -> None:
    gc.collect()
    before = gc.get_freeze_count()
    with collector_paused():
        survivor = _Node()  # alive after the job, like a job's result
    assert gc.get_freeze_count() == before
    probe = weakref.ref(survivor)
    del survivor  # now a cycle of garbage: only the collector can free it
    gc.collect()
    assert probe() is None


def test_a_freeze_made_before_the_pause_is_kept() -> None:
    kept = _Node()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector_paused():
            _Node()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        del kept
