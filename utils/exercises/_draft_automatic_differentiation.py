"""Exercises for 02-calculus/12-automatic-differentiation (merged into calculus.py later)."""

import numpy as np

from utils.autodiff import Dual, sin, tanh
from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/12-automatic-differentiation")

# q1 ------------------------------------------------------------------ dual numbers by hand
exercises.add(
    ValueExercise(
        "Expand f(2 + eps) for f(x) = x**3 - 2*x with eps**2 = 0. Return the tuple "
        "(value part, eps part) as two floats.",
        expected=(4.0, 10.0),
        hint="(2 + eps)**3 = 8 + 3*2**2*eps + (terms with eps**2, which vanish). Then subtract "
        "2*(2 + eps) = 4 + 2*eps.",
        solution_code=(
            "from utils.autodiff import Dual\n"
            "x = Dual(2.0, 1.0)\n"
            "y = x**3 - 2 * x\n"
            "answer = (y.value, y.derivative)"
        ),
        mistakes=[
            Mistake(
                (4.0, 12.0),
                "You forgot the eps part of -2*(2 + eps): it contributes -2*eps.",
            ),
            Mistake(
                (4.0, -2.0),
                "You expanded (2 + eps)**3 as 8 + eps**3. The binomial cross term "
                "3 * 2**2 * eps survives (only eps**2 and higher vanish) and it carries f'(2).",
            ),
        ],
    )
)


# q2 ------------------------------------------------------------------ a Jacobian-vector product
def _f_product(x):
    return x[0] * x[1] + sin(x[2])


def _f_neuron(x):
    return tanh(0.5 * x[0] - x[1] * x[1] + 0.25)


def directional_derivative(f, x, v):
    """Reference: one forward pass with the inputs seeded by the direction v."""
    inputs = [Dual(float(x_i), float(v_i)) for x_i, v_i in zip(x, v)]
    return float(f(inputs).derivative)


def _seed_all_ones(f, x, v):
    inputs = [Dual(float(x_i), 1.0) for x_i in x]
    return float(f(inputs).derivative)


def _returns_value(f, x, v):
    inputs = [Dual(float(x_i), float(v_i)) for x_i, v_i in zip(x, v)]
    return float(f(inputs).value)


exercises.add(
    FunctionExercise(
        "Write directional_derivative(f, x, v): the derivative of f at x in the direction v "
        "(the gradient dotted with v), with ONE forward pass of dual numbers. Return a float.",
        reference=directional_derivative,
        cases=[
            (_f_product, np.array([1.0, 2.0, 0.5]), np.array([1.0, 0.0, 0.0])),
            (_f_product, np.array([1.0, 2.0, 0.5]), np.array([0.3, -1.0, 2.0])),
            (_f_neuron, np.array([-0.7, 0.4]), np.array([2.0, 0.5])),
        ],
        hint="Seed input i with derivative v[i]: Dual(x[i], v[i]). The eps part of f's output "
        "is then sum_i (df/dx_i) v_i.",
        solution_code=(
            "from utils.autodiff import Dual\n"
            "def directional_derivative(f, x, v):\n"
            "    inputs = [Dual(float(x_i), float(v_i)) for x_i, v_i in zip(x, v)]\n"
            "    return float(f(inputs).derivative)"
        ),
        mistakes=[
            Mistake(
                _seed_all_ones,
                "You seeded every input with derivative 1: that is the direction (1, 1, ..., 1), "
                "not v. Seed input i with v[i].",
            ),
            Mistake(
                _returns_value,
                "You returned the value part f(x). The derivative is the eps part: "
                "output.derivative.",
            ),
        ],
    )
)

# q3 ------------------------------------------------------------------ which mode is cheaper
exercises.add(
    ChoiceExercise(
        "f maps R^1000 to R^3 (1000 inputs, 3 outputs). How do you get its full 3 x 1000 "
        "Jacobian with the fewest passes?",
        options={
            "a": "forward mode: 1 pass gives all of it",
            "b": "forward mode: 1000 passes, one per input",
            "c": "reverse mode: 3 backward passes, one per output",
            "d": "reverse mode: 1000 backward passes, one per input",
        },
        expected="c",
        hint="A forward pass gives one COLUMN of the Jacobian (one input direction); a backward "
        "pass gives one ROW (the gradient of one output).",
        solution_code='answer = "c"',
        mistakes=[
            Mistake(
                "a",
                "One forward pass seeds one input direction and gives one column of the "
                "Jacobian, not all 1000.",
            ),
            Mistake(
                "b",
                "That works, but each backward pass gives a whole row (one output's gradient), "
                "and there are only 3 outputs.",
            ),
            Mistake(
                "d",
                "A backward pass starts from one OUTPUT and reaches every input at once: "
                "you need one per output, not per input.",
            ),
        ],
    )
)

# q4 ------------------------------------------------------------------ gradients accumulate
_w, _x = -1.2, 2.5
exercises.add(
    ValueExercise(
        "With w = Value(-1.2) and L = w * 2.5 + w**2, you call L.backward() three times and "
        "never zero_grad(). What is w.grad afterwards (a float)?",
        expected=3 * (_x + 2 * _w),
        hint="dL/dw = 2.5 + 2w. Each backward() ADDS dL/dw to the leaf w.grad.",
        solution_code=(
            "from utils.autodiff import Value\n"
            "w = Value(-1.2)\n"
            "L = w * 2.5 + w**2\n"
            "for _ in range(3):\n"
            "    L.backward()\n"
            "answer = w.grad"
        ),
        mistakes=[
            Mistake(
                _x + 2 * _w,
                "That is dL/dw from ONE pass. Leaves accumulate: each backward() adds to "
                "w.grad, so three calls give three times dL/dw.",
            ),
            Mistake(
                3 * _x,
                "You left out the w**2 term: its derivative 2w = -2.4 also flows into w.grad.",
            ),
        ],
    )
)
