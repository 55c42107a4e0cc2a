"""The exercise checker framework.

A notebook's exercises are an :class:`ExerciseSet`; each exercise is one of

- :class:`ValueExercise`: the answer is a number, an array, a bool, a string or a tuple of those;
- :class:`FunctionExercise`: the answer is a function, run on test cases against a reference;
- :class:`ChoiceExercise`: the answer is one letter of a multiple-choice question.

The learner calls ``q1.check(answer)``, ``q1.hint()`` and ``q1.solution()``. A check has three
outcomes, shown as one short coloured line: *not attempted yet* (the ``...`` placeholder is still
there), *correct*, or *incorrect* with a specific hint. A wrong type, a wrong shape or an exception
inside the learner's function gives a message, never a traceback.

Every exercise carries its reference solution as code (``solution_code``) and at least one typical
mistake with its hint, so the test suite can check, for every registered exercise, that the
solution passes, each mistake fails with its hint and the placeholder reports *not attempted*.
"""

from __future__ import annotations

import ast
import copy
import html
import inspect
import textwrap
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

CORRECT = "correct"
INCORRECT = "incorrect"
NOT_ATTEMPTED = "not attempted"

_COLOURS = {CORRECT: "#009E73", INCORRECT: "#D55E00", NOT_ATTEMPTED: "#0072B2"}
_LABELS = {CORRECT: "Correct", INCORRECT: "Incorrect", NOT_ATTEMPTED: "Not attempted yet"}

#: Every exercise set created so far, by notebook path ("00-prerequisites/01-python-for-math").
_REGISTRY: dict[str, ExerciseSet] = {}


# --------------------------------------------------------------------------- results and display
@dataclass(frozen=True)
class CheckResult:
    """The outcome of checking one answer: ``status`` is correct / incorrect / not attempted."""

    status: str
    message: str

    @property
    def correct(self) -> bool:
        return self.status == CORRECT

    def __str__(self) -> str:
        return f"{_LABELS[self.status]}: {self.message}"

    def _repr_html_(self) -> str:
        colour = _COLOURS[self.status]
        return (
            f'<span style="color:{colour}"><b>{_LABELS[self.status]}:</b> '
            f"{html.escape(self.message)}</span>"
        )

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))


@dataclass(frozen=True)
class _Text:
    """A block of text shown as Markdown in a notebook and as plain text elsewhere."""

    text: str

    def __str__(self) -> str:
        return self.text

    def _repr_markdown_(self) -> str:
        return self.text

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(self.text)


def _show(obj: Any) -> None:
    """Display ``obj`` richly in IPython, print it elsewhere."""
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython ships with Jupyter
        print(obj)
        return
    if get_ipython() is None:
        print(obj)
    else:
        display(obj)


# --------------------------------------------------------------------------- comparing answers
def _describe(value: Any) -> str:
    """A short description of a value's type and shape, for messages."""
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    if isinstance(value, (list, tuple)):
        return f"a {type(value).__name__} of length {len(value)}"
    return f"a value of type {type(value).__name__}"


def _short(value: Any) -> str:
    """A compact repr for messages (arrays summarised)."""
    if isinstance(value, np.ndarray):
        return np.array2string(value, precision=4, threshold=12, separator=", ")
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _is_number(value: Any) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return False
    if isinstance(value, np.ndarray):
        return value.ndim == 0 and np.issubdtype(value.dtype, np.number)
    return isinstance(value, (int, float, np.integer, np.floating))


def compare(answer: Any, expected: Any, rtol: float = 1e-6, atol: float = 1e-9) -> str | None:
    """Compare an answer with the expected value.

    Returns ``None`` when they agree (numbers and arrays within ``rtol``/``atol``, shapes equal),
    otherwise a sentence saying what is wrong.
    """
    if isinstance(expected, (bool, np.bool_)):
        if not isinstance(answer, (bool, np.bool_)):
            return f"Expected True or False, got {_describe(answer)}."
        return None if bool(answer) == bool(expected) else f"{answer} is not right."
    if isinstance(expected, str):
        if not isinstance(answer, str):
            return f"Expected a string, got {_describe(answer)}."
        same = answer.strip().lower() == expected.strip().lower()
        return None if same else f"{answer!r} is not the expected text."
    if isinstance(expected, (set, frozenset)):
        if not isinstance(answer, (set, frozenset)):
            return f"Expected a set, got {_describe(answer)}."
        return None if set(answer) == set(expected) else "The set has the wrong elements."
    if _is_number(expected):
        if isinstance(answer, np.ndarray) and answer.size == 1 and answer.ndim > 0:
            return f"Expected a single number, got an array of shape {answer.shape}."
        if not _is_number(answer):
            return f"Expected a single number, got {_describe(answer)}."
        if not np.isfinite(answer):
            return f"Your answer is {answer}: expected a finite number."
        if np.isclose(float(answer), float(expected), rtol=rtol, atol=atol):
            return None
        return f"{_short(answer)} is not the expected value."
    if isinstance(expected, tuple):
        if not isinstance(answer, (tuple, list)) or len(answer) != len(expected):
            return f"Expected a tuple of {len(expected)} values, got {_describe(answer)}."
        for position, (got, want) in enumerate(zip(answer, expected), start=1):
            problem = compare(got, want, rtol, atol)
            if problem is not None:
                return f"Item {position} of your tuple: {problem}"
        return None
    expected_array = np.asarray(expected)
    if isinstance(answer, str) or answer is None or callable(answer):
        return f"Expected an array of shape {expected_array.shape}, got {_describe(answer)}."
    try:
        answer_array = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        return f"Expected an array of numbers of shape {expected_array.shape}; could not read {_describe(answer)} as one."
    if answer_array.shape != expected_array.shape:
        message = f"Expected shape {expected_array.shape}, got shape {answer_array.shape}."
        if answer_array.shape == expected_array.shape[::-1] and answer_array.ndim == 2:
            message += " Is it transposed?"
        return message
    if not np.all(np.isfinite(answer_array)):
        return "Your array contains NaN or inf."
    close = np.isclose(answer_array, expected_array.astype(float), rtol=rtol, atol=atol)
    if np.all(close):
        return None
    wrong = int(np.size(close) - np.count_nonzero(close))
    return f"{wrong} of {close.size} entries differ from the expected values."


# --------------------------------------------------------------------------- exercises
@dataclass(frozen=True)
class Mistake:
    """A typical wrong answer (a value, or a function for function exercises) and its hint."""

    answer: Any
    hint: str


class Exercise:
    """Base class: the learner API (``check``, ``hint``, ``solution``) and the shared machinery.

    Parameters
    ----------
    prompt : str
        One or two sentences saying what to compute (the notebook states it in full).
    hint : str
        The general hint shown by ``hint()`` and after a wrong answer with no specific hint.
    solution_code : str
        Python code that solves the exercise; it defines ``answer_name``. The tests run it.
    mistakes : sequence of Mistake
        Typical wrong answers with a specific hint each (at least one).
    answer_name : str
        The variable (or function) the solution code defines.
    """

    kind = "value"

    def __init__(
        self,
        prompt: str,
        *,
        hint: str,
        solution_code: str,
        mistakes: Sequence[Mistake],
        answer_name: str = "answer",
    ) -> None:
        if not mistakes:
            raise ValueError("An exercise needs at least one typical mistake with a hint.")
        self.name = ""  # set by ExerciseSet.add
        self.prompt = prompt
        self.hint_text = hint
        self.solution_code = textwrap.dedent(solution_code).strip()
        self.mistakes = tuple(mistakes)
        self.answer_name = answer_name

    # learner API ---------------------------------------------------------------------------
    def check(self, answer: Any) -> None:
        """Check ``answer`` and show the outcome as one coloured line."""
        _show(self.evaluate(answer))

    def hint(self) -> None:
        """Show a hint."""
        _show(_Text(f"**Hint ({self.name}):** {self.hint_text}"))

    def solution(self) -> None:
        """Show the reference solution."""
        _show(_Text(f"**Solution ({self.name}):**\n\n```python\n{self.solution_code}\n```"))

    # machinery -------------------------------------------------------------------------------
    def evaluate(self, answer: Any) -> CheckResult:
        """Return the :class:`CheckResult` for ``answer`` (``check`` displays this)."""
        if answer is Ellipsis:
            return CheckResult(
                NOT_ATTEMPTED, "replace the ... with your answer, then run the cell."
            )
        try:
            return self._evaluate(answer)
        except Exception as error:  # a checker must never show the learner a traceback
            return CheckResult(
                INCORRECT, f"your answer could not be checked ({type(error).__name__}: {error})."
            )

    def _evaluate(self, answer: Any) -> CheckResult:  # pragma: no cover - abstract
        raise NotImplementedError

    def _wrong(self, problem: str, specific_hint: str | None) -> CheckResult:
        hint = specific_hint if specific_hint is not None else self.hint_text
        return CheckResult(INCORRECT, f"{problem} Hint: {hint}")

    def solution_answer(self) -> Any:
        """Run ``solution_code`` and return what it defines as ``answer_name`` (for tests)."""
        namespace: dict[str, Any] = {"np": np}
        exec(compile(self.solution_code, f"<solution {self.name}>", "exec"), namespace)
        return namespace[self.answer_name]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}: {self.prompt}>"


class ValueExercise(Exercise):
    """An exercise whose answer is a value compared with ``expected`` within a tolerance."""

    def __init__(
        self,
        prompt: str,
        expected: Any,
        *,
        rtol: float = 1e-6,
        atol: float = 1e-9,
        **kwargs: Any,
    ) -> None:
        super().__init__(prompt, **kwargs)
        self._expected = expected
        self.rtol = rtol
        self.atol = atol

    @property
    def expected(self) -> Any:
        """The expected answer (computed on first use when given as a zero-argument function)."""
        if callable(self._expected):
            self._expected = self._expected()
        return self._expected

    def _evaluate(self, answer: Any) -> CheckResult:
        problem = compare(answer, self.expected, self.rtol, self.atol)
        if problem is None:
            return CheckResult(CORRECT, "well done.")
        for mistake in self.mistakes:
            if compare(answer, mistake.answer, self.rtol, self.atol) is None:
                return self._wrong(problem, mistake.hint)
        return self._wrong(problem, None)


class ChoiceExercise(Exercise):
    """A multiple-choice question answered with one letter, e.g. ``"b"``."""

    kind = "choice"

    def __init__(self, prompt: str, options: dict[str, str], expected: str, **kwargs: Any) -> None:
        super().__init__(prompt, **kwargs)
        if expected not in options:
            raise ValueError(f"expected must be one of the option letters {sorted(options)}.")
        self.options = dict(options)
        self.expected = expected

    def _evaluate(self, answer: Any) -> CheckResult:
        letters = ", ".join(repr(letter) for letter in sorted(self.options))
        if not isinstance(answer, str) or answer.strip().lower() not in self.options:
            return CheckResult(INCORRECT, f"Answer with one of the letters {letters}.")
        letter = answer.strip().lower()
        if letter == self.expected:
            return CheckResult(CORRECT, "well done.")
        for mistake in self.mistakes:
            if mistake.answer == letter:
                return self._wrong(f"({letter}) is not right.", mistake.hint)
        return self._wrong(f"({letter}) is not right.", None)


def _is_placeholder_function(function: Callable[..., Any]) -> bool:
    """True when the function's body is only a docstring, ``...`` or ``pass``."""
    try:
        source = textwrap.dedent(inspect.getsource(function))
        tree = ast.parse(source)
    except (OSError, TypeError, SyntaxError):
        return False
    definition = tree.body[0] if tree.body else None
    if not isinstance(definition, (ast.FunctionDef, ast.Lambda)):
        return False
    for statement in definition.body:
        if isinstance(statement, ast.Pass):
            continue
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue  # a docstring or a bare ...
        return False
    return True


class FunctionExercise(Exercise):
    """An exercise whose answer is a function, run on test cases and compared with a reference.

    Parameters
    ----------
    reference : callable
        The correct function.
    cases : sequence of tuples, or a zero-argument callable returning one
        Positional arguments for each test case. Each call gets a fresh copy.
    """

    kind = "function"

    def __init__(
        self,
        prompt: str,
        reference: Callable[..., Any],
        cases: Sequence[tuple[Any, ...]] | Callable[[], Sequence[tuple[Any, ...]]],
        *,
        rtol: float = 1e-6,
        atol: float = 1e-9,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("answer_name", reference.__name__)
        super().__init__(prompt, **kwargs)
        self.reference = reference
        self._cases = cases
        self.rtol = rtol
        self.atol = atol

    @property
    def cases(self) -> list[tuple[Any, ...]]:
        cases = self._cases() if callable(self._cases) else self._cases
        return [case if isinstance(case, tuple) else (case,) for case in cases]

    def _run(self, function: Callable[..., Any], case: tuple[Any, ...]) -> Any:
        return function(*copy.deepcopy(case))

    def _evaluate(self, answer: Any) -> CheckResult:
        if not callable(answer):
            return CheckResult(
                INCORRECT,
                f"Expected a function (pass its name, without calling it), got {_describe(answer)}.",
            )
        if _is_placeholder_function(answer):
            return CheckResult(NOT_ATTEMPTED, "write the body of your function, then run the cell.")
        outputs = []
        for case in self.cases:
            shown = ", ".join(_short(argument) for argument in case)
            try:
                got = self._run(answer, case)
            except NotImplementedError:
                return CheckResult(
                    NOT_ATTEMPTED, "write the body of your function, then run the cell."
                )
            except Exception as error:
                return CheckResult(
                    INCORRECT,
                    f"Your function raised {type(error).__name__} ({error}) for the input ({shown}).",
                )
            if got is None:
                return CheckResult(
                    INCORRECT,
                    f"Your function returned None for the input ({shown}): is a `return` missing?",
                )
            problem = compare(got, self._run(self.reference, case), self.rtol, self.atol)
            if problem is not None:
                return self._wrong(
                    f"For the input ({shown}) you returned {_short(got)}. {problem}",
                    self._matching_mistake(answer),
                )
            outputs.append(got)
        return CheckResult(CORRECT, f"your function passed all {len(outputs)} test cases.")

    def _matching_mistake(self, answer: Callable[..., Any]) -> str | None:
        """The hint of the first typical mistake that behaves like ``answer`` on every case."""
        for mistake in self.mistakes:
            try:
                if all(
                    compare(
                        self._run(answer, case),
                        self._run(mistake.answer, case),
                        self.rtol,
                        self.atol,
                    )
                    is None
                    for case in self.cases
                ):
                    return mistake.hint
            except Exception:
                continue
        return None


# --------------------------------------------------------------------------- sets and registry
class ExerciseSet:
    """The exercises of one notebook, named q1, q2, … in order.

    ``q1, q2, q3 = exercises_for("00-prerequisites/01-python-for-math")`` unpacks them.
    """

    def __init__(self, notebook: str) -> None:
        if notebook in _REGISTRY:
            raise ValueError(f"Exercises for {notebook!r} are already registered.")
        self.notebook = notebook
        self._exercises: list[Exercise] = []
        _REGISTRY[notebook] = self

    def add(self, exercise: Exercise) -> Exercise:
        exercise.name = f"q{len(self._exercises) + 1}"
        self._exercises.append(exercise)
        return exercise

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._exercises)

    def __len__(self) -> int:
        return len(self._exercises)

    def __getitem__(self, index: int) -> Exercise:
        return self._exercises[index]

    def __getattr__(self, name: str) -> Exercise:
        for exercise in self.__dict__.get("_exercises", []):
            if exercise.name == name:
                return exercise
        raise AttributeError(f"{self.notebook} has no exercise {name!r}")

    def __repr__(self) -> str:
        return f"<ExerciseSet {self.notebook}: {len(self)} exercises>"
