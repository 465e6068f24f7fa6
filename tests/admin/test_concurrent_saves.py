"""Many authors saving at the same moment, through the admin, on a real database.

On SQLite (a file, see backpain/test_settings.py) each thread has its own
connection, so the saves really compete for the write lock: every one must either
be saved or come back with the conflict message, never with a server error, and
nothing anyone typed may be lost.
"""

import threading

import pytest
from django.db import connections
from django.test import Client

from exercises.models import Exercise

from ..factories import AuthorUserFactory, ExerciseFactory
from ..helpers import admin_change_url
from .formdata import admin_form_data

# serialized_rollback restores what migrations created (the Authors group),
# which the flush after a transactional test removes.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

AUTHORS = 8
ROUNDS = 3
CONFLICT = "saved this article at"


def post_all_at_once(jobs: list[tuple[Client, str, dict]]) -> list:
    """POST every job from its own thread, released together; the responses, or
    the exception a job raised, in job order."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(index: int, client: Client, url: str, data: dict) -> None:
        try:
            barrier.wait()
            results[index] = client.post(url, data)
        except Exception as error:  # noqa: BLE001 - reported by the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=(i, *job)) for i, job in enumerate(jobs)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def logged_in_clients(n: int) -> list[Client]:
    clients = []
    for _ in range(n):
        client = Client()
        client.force_login(AuthorUserFactory())
        clients.append(client)
    return clients


def describe(result) -> str:
    if result is None:
        return "no answer within the time limit"
    if isinstance(result, Exception):
        return f"{type(result).__name__}: {result}"
    return str(result.status_code)


def test_simultaneous_saves_of_different_articles_all_succeed():
    clients = logged_in_clients(AUTHORS)
    exercises = ExerciseFactory.create_batch(AUTHORS)
    for round_ in range(ROUNDS):
        jobs = []
        # Forms are read one by one: the test client's template capture is not
        # thread-safe. Only the saves race.
        for i, (client, exercise) in enumerate(zip(clients, exercises, strict=True)):
            data = admin_form_data(client.get(admin_change_url(exercise)))
            data["body"] = f"Round {round_}, text typed by author {i}."
            jobs.append((client, admin_change_url(exercise), data))

        results = post_all_at_once(jobs)

        outcomes = [describe(r) for r in results]
        assert outcomes == ["302"] * AUTHORS, f"round {round_}: {outcomes}"
        bodies = dict(
            Exercise.objects.filter(pk__in=[e.pk for e in exercises]).values_list(
                "pk", "body"
            )
        )
        for i, exercise in enumerate(exercises):
            assert bodies[exercise.pk] == f"Round {round_}, text typed by author {i}."


def test_simultaneous_saves_of_one_article_save_once_and_explain_the_rest():
    clients = logged_in_clients(AUTHORS)
    exercise = ExerciseFactory()
    url = admin_change_url(exercise)
    jobs = []
    for i, client in enumerate(clients):
        data = admin_form_data(client.get(url))
        data["body"] = f"Text typed by author {i}."
        jobs.append((client, url, data))

    results = post_all_at_once(jobs)

    outcomes = [describe(r) for r in results]
    assert sorted(outcomes) == ["200"] * (AUTHORS - 1) + ["302"], outcomes
    exercise.refresh_from_db()
    winner = outcomes.index("302")
    assert exercise.body == f"Text typed by author {winner}."
    assert exercise.version == 2
    for i, result in enumerate(results):
        if i != winner:
            page = result.content.decode()
            assert CONFLICT in page
            # What the refused author typed is still in the form.
            assert f"Text typed by author {i}." in page
