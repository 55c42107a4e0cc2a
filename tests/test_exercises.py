"""The exercise framework, and every registered exercise: its solution passes, each typical
mistake fails with its own hint, the placeholder reports "not attempted"."""

from __future__ import annotations

import numpy as np
import pytest

from tools.common import notebook_paths
from utils.exercises import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
    all_exercise_sets,
    compare,
    exercises_for,
)
from utils.exercises._core import _REGISTRY, CORRECT, INCORRECT, NOT_ATTEMPTED

SETS = all_exercise_sets()
EXERCISES = [(key, exercise) for key, exercises in SETS.items() for exercise in exercises]
IDS = [f"{key}:{exercise.name}" for key, exercise in EXERCISES]


def placeholder(*args):
    """The learner's function before they write it."""
    ...


@pytest.mark.parametrize(("key", "exercise"), EXERCISES, ids=IDS)
def test_reference_solution_passes(key, exercise):
    result = exercise.evaluate(exercise.solution_answer())
    assert result.status == CORRECT, result.message


@pytest.mark.parametrize(("key", "exercise"), EXERCISES, ids=IDS)
def test_typical_mistakes_fail_with_their_hint(key, exercise):
    assert exercise.mistakes
    for mistake in exercise.mistakes:
        result = exercise.evaluate(mistake.answer)
        assert result.status == INCORRECT
        assert mistake.hint in result.message


@pytest.mark.parametrize(("key", "exercise"), EXERCISES, ids=IDS)
def test_placeholder_is_not_attempted(key, exercise):
    answer = placeholder if exercise.kind == "function" else ...
    assert exercise.evaluate(answer).status == NOT_ATTEMPTED


@pytest.mark.parametrize(("key", "exercise"), EXERCISES, ids=IDS)
def test_wrong_type_gives_a_message_not_a_traceback(key, exercise):
    for wrong in ("a string", None, [[1, 2], [3]], object()):
        result = exercise.evaluate(wrong)
        assert result.status == INCORRECT and result.message


def test_every_exercise_set_belongs_to_a_notebook():
    keys = {f"{path.parent.name}/{path.stem}" for path in notebook_paths()}
    assert set(SETS) <= keys, f"exercise sets without a notebook: {sorted(set(SETS) - keys)}"


# ------------------------------------------------------------------------- the framework itself
@pytest.fixture
def scratch_set():
    exercises = ExerciseSet("99-scratch/01-test")
    yield exercises
    del _REGISTRY["99-scratch/01-test"]


def square(x):
    return x**2


def test_value_exercise_outcomes(scratch_set):
    q1 = scratch_set.add(
        ValueExercise(
            "2 + 2",
            expected=4,
            hint="add",
            solution_code="answer = 2 + 2",
            mistakes=[Mistake(22, "Numbers, not strings.")],
        )
    )
    assert q1.name == "q1"
    assert q1.evaluate(4.0).status == CORRECT
    assert q1.evaluate(4 + 1e-12).status == CORRECT
    assert q1.evaluate(...).status == NOT_ATTEMPTED
    wrong = q1.evaluate(5)
    assert wrong.status == INCORRECT and "Hint: add" in wrong.message
    assert "Numbers, not strings." in q1.evaluate(22).message
    assert "single number" in q1.evaluate(np.array([4.0])).message
    assert "finite" in q1.evaluate(float("nan")).message


def test_array_answers_check_shape_and_values():
    expected = np.arange(6.0).reshape(2, 3)
    assert compare(expected.tolist(), expected) is None
    assert "transposed" in compare(expected.T, expected)
    assert "shape" in compare(np.zeros(6), expected)
    perturbed = expected.copy()
    perturbed[1, 2] += 1.0
    assert "1 of 6 entries" in compare(perturbed, expected)
    assert "NaN" in compare(np.full((2, 3), np.nan), expected)
    assert "could not read" in compare([[1, 2], [3]], expected)
    assert compare("text", expected).startswith("Expected an array")


def test_other_answer_kinds():
    assert compare(True, True) is None and compare(1, True) is not None
    assert compare(" Yes ", "yes") is None
    assert compare({1, 2}, {2, 1}) is None and compare([1, 2], {1, 2}) is not None
    assert compare((1, np.array([1.0, 2.0])), (1, np.array([1.0, 2.0]))) is None
    assert "Item 2" in compare((1, 3), (1, 2))


def test_function_exercise_outcomes(scratch_set):
    q1 = scratch_set.add(
        FunctionExercise(
            "square",
            reference=square,
            cases=[(2.0,), (np.array([1.0, -3.0]),)],
            hint="multiply",
            solution_code="def square(x):\n    return x * x",
            mistakes=[Mistake(lambda x: 2 * x, "Squaring is not doubling.")],
        )
    )
    assert q1.evaluate(lambda x: x * x).status == CORRECT
    assert q1.evaluate(q1.solution_answer()).status == CORRECT
    assert q1.evaluate(placeholder).status == NOT_ATTEMPTED
    assert "Squaring is not doubling." in q1.evaluate(lambda x: x + x).message
    assert "return" in q1.evaluate(lambda x: None).message
    raised = q1.evaluate(lambda x: 1 / 0)
    assert raised.status == INCORRECT and "ZeroDivisionError" in raised.message
    assert "Expected a function" in q1.evaluate(4.0).message


def test_function_inputs_are_copied(scratch_set):
    def mutating(values):
        values[0] = 100.0
        return values[0]

    q1 = scratch_set.add(
        FunctionExercise(
            "first",
            reference=lambda values: values[0],
            cases=[(np.array([1.0, 2.0]),)],
            hint="index 0",
            solution_code="def first(values):\n    return values[0]",
            answer_name="first",
            mistakes=[Mistake(lambda values: values[-1], "Index 0 is the first.")],
        )
    )
    assert q1.evaluate(mutating).status == INCORRECT
    assert q1.evaluate(lambda values: values[0]).status == CORRECT


def test_choice_exercise(scratch_set):
    q1 = scratch_set.add(
        ChoiceExercise(
            "pick",
            options={"a": "no", "b": "yes"},
            expected="b",
            hint="think",
            solution_code='answer = "b"',
            mistakes=[Mistake("a", "Not a.")],
        )
    )
    assert q1.evaluate(" B ").status == CORRECT
    assert "Not a." in q1.evaluate("a").message
    assert "one of the letters" in q1.evaluate("z").message


def test_display_outside_ipython(scratch_set, capsys):
    q1 = scratch_set.add(
        ValueExercise("1", expected=1, hint="h", solution_code="answer = 1", mistakes=[Mistake(2, "m")])
    )
    q1.check(1)
    q1.hint()
    q1.solution()
    printed = capsys.readouterr().out
    assert "Correct" in printed and "Hint (q1)" in printed and "answer = 1" in printed
    assert "color:#009E73" in q1.evaluate(1)._repr_html_()


def test_exercises_for_errors():
    with pytest.raises(ValueError, match="topic folder"):
        exercises_for("nowhere/01-x")
    with pytest.raises(ValueError, match="No exercises"):
        exercises_for("00-prerequisites/99-missing")
    with pytest.raises(ValueError, match="string"):
        exercises_for(3)


def test_an_exercise_needs_a_mistake():
    with pytest.raises(ValueError, match="mistake"):
        ValueExercise("x", expected=1, hint="h", solution_code="answer = 1", mistakes=[])
