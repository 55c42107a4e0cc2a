"""Exercise checkers for 01-linear-algebra/02-vector-operations (draft, merged into linear_algebra.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("01-linear-algebra/02-vector-operations")

# q1: the angle between two vectors, in degrees ----------------------------------------------
exercises.add(
    ValueExercise(
        "Compute the angle, in degrees, between a = (1, 1, 0) and b = (1, 0, 1).",
        expected=60.0,
        hint="cos(theta) = a.b / (||a||_2 ||b||_2); then theta = np.degrees(np.arccos(...)).",
        solution_code=(
            "a = np.array([1.0, 1.0, 0.0])\n"
            "b = np.array([1.0, 0.0, 1.0])\n"
            "cos_theta = a @ b / (np.linalg.norm(a) * np.linalg.norm(b))\n"
            "answer = float(np.degrees(np.arccos(cos_theta)))"
        ),
        mistakes=[
            Mistake(
                np.pi / 3,
                "That is the angle in radians: np.arccos returns radians. Convert with "
                "np.degrees(...) (or multiply by 180 / pi).",
            ),
            Mistake(
                0.5,
                "0.5 is cos(theta), not theta. Take np.arccos of it, then convert to degrees.",
            ),
            Mistake(
                0.0,
                "arccos(a.b) = arccos(1) = 0: divide the dot product by ||a||_2 ||b||_2 first. "
                "Both vectors have length sqrt(2), not 1.",
            ),
        ],
    )
)

# q2: the three norms --------------------------------------------------------------------------
exercises.add(
    ValueExercise(
        "For x = (3, -4, -12), give the tuple (L1 norm, L2 norm, L-infinity norm).",
        expected=(19.0, 13.0, 12.0),
        hint="L1: sum of absolute values. L2: square root of the sum of squares. "
        "L-infinity: the largest absolute value.",
        solution_code=(
            "x = np.array([3.0, -4.0, -12.0])\n"
            "answer = (np.sum(np.abs(x)), np.sqrt(np.sum(x**2)), np.max(np.abs(x)))"
        ),
        mistakes=[
            Mistake(
                (-13.0, 13.0, 12.0),
                "The L1 norm adds ABSOLUTE values: |3| + |-4| + |-12| = 19. A norm is never negative.",
            ),
            Mistake(
                (19.0, 169.0, 12.0),
                "169 is the SQUARED L2 norm, x.x. The L2 norm is its square root.",
            ),
            Mistake(
                (19.0, 13.0, 3.0),
                "The L-infinity norm is the largest ABSOLUTE value, max |x_i| = |-12| = 12, "
                "not the largest signed entry.",
            ),
            Mistake(
                (13.0, 19.0, 12.0),
                "The first two are swapped: L1 (sum of |x_i|) is 19, L2 (the length) is 13. "
                "Remember ||x||_2 <= ||x||_1 always.",
            ),
        ],
    )
)

# q3: scaling and the sign of the cosine similarity -------------------------------------------
exercises.add(
    ChoiceExercise(
        "a and b are non-zero vectors with cosine similarity 0.6. What is the cosine similarity "
        "of -3a and b?",
        options={
            "a": "0.6: cosine similarity ignores scaling",
            "b": "-0.6",
            "c": "-1.8",
            "d": "undefined, because -3a points the other way",
        },
        expected="b",
        hint="Write out (-3a).b / (||-3a||_2 ||b||_2): the numerator gets a factor -3, the "
        "denominator a factor |-3| = 3.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "Cosine similarity ignores POSITIVE scaling. A negative factor reverses the "
                "direction: -3 / |-3| = -1 flips the sign.",
            ),
            Mistake(
                "c",
                "The factor 3 cancels: it appears in the numerator (-3 a.b) and in the "
                "denominator (||-3a||_2 = 3 ||a||_2). Only the sign survives.",
            ),
            Mistake(
                "d",
                "Cosine similarity is undefined only when a vector is ZERO. -3a is non-zero; it "
                "simply points in the opposite direction to a.",
            ),
        ],
    )
)

# q4: projection length ------------------------------------------------------------------------
exercises.add(
    ValueExercise(
        "How far does a = (2, 3, 6) reach in the direction of b = (1, 2, 2)? Compute the signed "
        "projection length ||a||_2 cos(theta) = a.b / ||b||_2.",
        expected=20.0 / 3.0,
        hint="a.b = 2 + 6 + 12 = 20 and ||b||_2 = sqrt(1 + 4 + 4) = 3.",
        solution_code=(
            "a = np.array([2.0, 3.0, 6.0])\n"
            "b = np.array([1.0, 2.0, 2.0])\n"
            "answer = float(a @ b / np.linalg.norm(b))"
        ),
        mistakes=[
            Mistake(
                20.0,
                "20 is the dot product a.b = ||a|| ||b|| cos(theta): it still contains the "
                "factor ||b||_2 = 3. Divide by it.",
            ),
            Mistake(
                20.0 / 9.0,
                "You divided by ||b||_2 squared. a.b / ||b||^2 is the coefficient of the "
                "projection VECTOR (it multiplies b); the length divides by ||b||_2 once.",
            ),
            Mistake(
                20.0 / 7.0,
                "You divided by ||a||_2 = 7: that is how far b reaches in the direction of a. "
                "Projecting a onto b divides by the length of b.",
            ),
        ],
    )
)


# q5: cosine nearest neighbours ----------------------------------------------------------------
def cosine_top_k(X, query, k):
    """Indices of the k rows of X (n, d) most cosine-similar to query (d,), most similar first."""
    X, query = np.asarray(X, dtype=float), np.asarray(query, dtype=float)
    scores = (X @ query) / (np.linalg.norm(X, axis=1) * np.linalg.norm(query))
    return np.argsort(-scores)[:k]


def _top_k_cases():
    rng = np.random.default_rng(5)
    cases = []
    for n, d, k in [(8, 3, 3), (12, 5, 4), (6, 2, 6)]:
        lengths = rng.uniform(0.2, 20.0, size=(n, 1))  # very different lengths
        X = rng.normal(size=(n, d)) * lengths
        cases.append((X, rng.normal(size=d) * 3.0, k))
    return cases


def _by_euclidean_distance(X, query, k):
    return np.argsort(np.linalg.norm(X - query, axis=1))[:k]


def _by_dot_product(X, query, k):
    return np.argsort(-(X @ query))[:k]


def _most_similar_last(X, query, k):
    scores = (X @ query) / (np.linalg.norm(X, axis=1) * np.linalg.norm(query))
    return np.argsort(scores)[-k:]


def _least_similar(X, query, k):
    scores = (X @ query) / (np.linalg.norm(X, axis=1) * np.linalg.norm(query))
    return np.argsort(scores)[:k]


exercises.add(
    FunctionExercise(
        "Write cosine_top_k(X, query, k): for X of shape (n, d) (no zero rows) and query of shape "
        "(d,), return an integer array of shape (k,) with the indices of the k rows most "
        "cosine-similar to query, the most similar first.",
        reference=cosine_top_k,
        cases=_top_k_cases,
        hint="scores = X @ query / (np.linalg.norm(X, axis=1) * np.linalg.norm(query)) has "
        "shape (n,); np.argsort(-scores)[:k] sorts it from the largest down.",
        solution_code=(
            "def cosine_top_k(X, query, k):\n"
            "    row_lengths = np.linalg.norm(X, axis=1)  # shape (n,)\n"
            "    scores = X @ query / (row_lengths * np.linalg.norm(query))\n"
            "    return np.argsort(-scores)[:k]"
        ),
        mistakes=[
            Mistake(
                _by_euclidean_distance,
                "Those are the nearest rows by Euclidean distance, which depends on length. "
                "Cosine similarity compares directions: divide X @ query by the lengths.",
            ),
            Mistake(
                _by_dot_product,
                "Ranking by the raw dot product X @ query favours LONG rows. Divide each score "
                "by ||x_i||_2 ||query||_2 to compare directions only.",
            ),
            Mistake(
                _most_similar_last,
                "np.argsort sorts from smallest to largest, so [-k:] has the right rows but the "
                "most similar LAST. Reverse it ([::-1]) or sort -scores.",
            ),
            Mistake(
                _least_similar,
                "np.argsort sorts from smallest to largest: [:k] picks the LEAST similar rows. "
                "Sort -scores instead.",
            ),
        ],
    )
)
