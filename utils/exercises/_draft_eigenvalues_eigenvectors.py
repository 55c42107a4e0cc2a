"""Exercise checkers for 01-linear-algebra/11-eigenvalues-eigenvectors."""

import numpy as np

from utils.exercises._core import ExerciseSet, FunctionExercise, Mistake, ValueExercise

exercises = ExerciseSet("01-linear-algebra/11-eigenvalues-eigenvectors")

# q1: eigenvalues of a 2 x 2 matrix from the trace and the determinant ---------------------------
exercises.add(ValueExercise(
    "Find the eigenvalues of A = [[1, 2], [4, 3]] from lambda^2 - tr(A) lambda + det(A) = 0; "
    "answer with a NumPy array in increasing order.",
    expected=np.array([-1.0, 5.0]),
    hint="tr(A) = 1 + 3 and det(A) = 1*3 - 2*4. Solve the quadratic (it factors), then sort.",
    solution_code=(
        "trace, determinant = 1 + 3, 1 * 3 - 2 * 4   # 4 and -5\n"
        "# lambda^2 - 4 lambda - 5 = (lambda - 5)(lambda + 1)\n"
        "answer = np.array([-1.0, 5.0])"
    ),
    mistakes=[
        Mistake(np.array([1.0, 3.0]), "The diagonal entries are the eigenvalues only for a "
                "triangular matrix; here the off-diagonal 2 and 4 matter."),
        Mistake(np.array([-5.0, 1.0]), "The middle coefficient is MINUS the trace: "
                "lambda^2 - tr(A) lambda + det(A). Your roots have the wrong sign."),
        Mistake(np.array([5.0, -1.0]), "Right numbers, but the array must be in increasing order."),
    ],
))

# q2: a unit eigenvector ------------------------------------------------------------------------
exercises.add(ValueExercise(
    "For the same A = [[1, 2], [4, 3]], give the unit eigenvector for the eigenvalue 5 whose "
    "entries are positive, as a NumPy array of shape (2,).",
    expected=np.array([1.0, 2.0]) / np.sqrt(5.0),
    atol=1e-3,  # a hand answer to three decimals, (0.447, 0.894), is accepted
    hint="Solve (A - 5I) v = 0: the first row of A - 5I is (-4, 2), so -4 v1 + 2 v2 = 0. Then "
    "divide v by its length.",
    solution_code=(
        "v = np.array([1.0, 2.0])          # -4 * 1 + 2 * 2 = 0\n"
        "answer = v / np.linalg.norm(v)"
    ),
    mistakes=[
        Mistake(np.array([1.0, 2.0]), "(1, 2) is the right direction, but it has length "
                "sqrt(5); divide by its length to get a unit vector."),
        Mistake(np.array([2.0, 1.0]) / np.sqrt(5.0), "You took the row (-4, 2) of A - 5I as the "
                "direction. The eigenvector is PERPENDICULAR to that row: -4 v1 + 2 v2 = 0."),
        Mistake(np.array([1.0, -1.0]) / np.sqrt(2.0), "That is the eigenvector for the other "
                "eigenvalue, -1 (and its entries are not both positive)."),
    ],
))

# q3: algebraic and geometric multiplicity ------------------------------------------------------
exercises.add(ValueExercise(
    "A = [[2, 1, 0], [0, 2, 0], [0, 0, 3]]. Give the tuple (algebraic multiplicity of the "
    "eigenvalue 2, dimension of its eigenspace).",
    expected=(2, 1),
    hint="A is triangular, so det(A - lambda I) = (2 - lambda)^2 (3 - lambda). The eigenspace is "
    "the null space of A - 2I: how many free variables does (A - 2I) v = 0 have?",
    solution_code=(
        "A_minus_2I = np.array([[0, 1, 0], [0, 0, 0], [0, 0, 1]])\n"
        "algebraic = 2                                            # (2 - lambda)^2 in det(A - lambda I)\n"
        "geometric = 3 - int(np.linalg.matrix_rank(A_minus_2I))   # null space dimension: 3 - 2 = 1\n"
        "answer = (algebraic, geometric)"
    ),
    mistakes=[
        Mistake((2, 2), "A repeated eigenvalue does not guarantee a plane of eigenvectors: "
                "A - 2I has rank 2, so its null space is only the line through e1 (a shear block)."),
        Mistake((1, 1), "Count the root 2 of det(A - lambda I) = (2 - lambda)^2 (3 - lambda) "
                "twice: its algebraic multiplicity is 2."),
    ],
))


# q4: power iteration -----------------------------------------------------------------------------
def dominant_eigenvalue(A):
    """Reference: the eigenvalue of largest magnitude (real in every test case)."""
    eigenvalues = np.linalg.eigvals(np.asarray(A, dtype=float))
    return float(eigenvalues[np.argmax(np.abs(eigenvalues))].real)


def _power_iteration_norm(A):
    A = np.asarray(A, dtype=float)
    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(500):
        y = A @ x
        x = y / np.linalg.norm(y)
    return float(np.linalg.norm(A @ x))


def _power_iteration_vector(A):
    A = np.asarray(A, dtype=float)
    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(500):
        y = A @ x
        x = y / np.linalg.norm(y)
    return x


exercises.add(FunctionExercise(
    "Write dominant_eigenvalue(A): power iteration from x = (1, ..., 1) normalised, 500 steps, "
    "returning the eigenvalue of largest magnitude (with its sign) as a float.",
    reference=dominant_eigenvalue,
    cases=[
        (np.array([[4.0, 1.0], [2.0, 3.0]]),),
        (np.array([[-4.0, 1.0], [2.0, -3.0]]),),
        (np.array([[3.0, 1.0, 2.0], [0.0, -1.0, 1.0], [0.0, 0.0, 0.5]]),),
        (np.array([[1.0, 0.0, 0.0], [1.0, -6.0, 0.0], [2.0, 1.0, 2.0]]),),
    ],
    hint="Inside the loop: y = A @ x, then x = y / np.linalg.norm(y). After the loop return the "
    "Rayleigh quotient x @ A @ x (x has length 1).",
    solution_code=(
        "def dominant_eigenvalue(A):\n"
        "    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])\n"
        "    for _ in range(500):\n"
        "        y = A @ x\n"
        "        x = y / np.linalg.norm(y)\n"
        "    return float(x @ A @ x)"
    ),
    mistakes=[
        Mistake(_power_iteration_norm, "The length |A x| is |lambda|: it loses the sign, so a "
                "negative dominant eigenvalue comes out positive. Return x @ A @ x instead."),
        Mistake(_power_iteration_vector, "You returned the eigenvector x. Return the eigenvalue: "
                "the Rayleigh quotient x @ A @ x."),
    ],
))


# q5: PageRank of a four-page web ----------------------------------------------------------------
_LINKS = {0: [1, 2], 1: [2], 2: [0], 3: [0, 2]}  # page -> pages it links to


def _link_matrix(transposed=False):
    P = np.zeros((4, 4))
    for source, targets in _LINKS.items():
        for target in targets:
            P[target, source] = 1 / len(targets)
    return P.T if transposed else P


def _steady_state(M, normalise="sum"):
    eigenvalues, eigenvectors = np.linalg.eig(M)
    v = eigenvectors[:, np.argmin(np.abs(eigenvalues - 1))].real
    return v / v.sum() if normalise == "sum" else v / np.linalg.norm(v) * np.sign(v.sum())


def _google(P, damping=0.85):
    return damping * P + (1 - damping) / 4 * np.ones((4, 4))


exercises.add(ValueExercise(
    "Four pages link as 0 -> 1, 2; 1 -> 2; 2 -> 0; 3 -> 0, 2. With damping 0.85, give the PageRank "
    "vector (page 0 first) as a NumPy array of shape (4,) that sums to 1.",
    expected=_steady_state(_google(_link_matrix())),
    rtol=1e-4,
    atol=1e-6,
    hint="Column j of P spreads page j's vote equally over the pages it links to. Build "
    "G = 0.85 P + 0.15/4 * ones, iterate r <- G r from r = (1/4, ..., 1/4) about 200 times.",
    solution_code=(
        "P = np.zeros((4, 4))\n"
        "for source, targets in {0: [1, 2], 1: [2], 2: [0], 3: [0, 2]}.items():\n"
        "    for target in targets:\n"
        "        P[target, source] = 1 / len(targets)   # column = where page `source` sends you\n"
        "G = 0.85 * P + 0.15 / 4 * np.ones((4, 4))\n"
        "r = np.full(4, 1 / 4)\n"
        "for _ in range(200):\n"
        "    r = G @ r\n"
        "answer = r"
    ),
    mistakes=[
        Mistake(_steady_state(_google(_link_matrix(transposed=True))), "Your matrix is "
                "transposed: COLUMN j must hold the pages that page j links to (each column sums "
                "to 1), so that G r moves probability along the links."),
        Mistake(_steady_state(_link_matrix()), "You left out the damping: use "
                "G = 0.85 P + 0.15/4 * ones (without it page 3, with no incoming links, gets 0)."),
        Mistake(_steady_state(_google(_link_matrix()), normalise="length"), "Right "
                "direction, but a probability vector must sum to 1, not have length 1: divide by "
                "its sum."),
    ],
))
