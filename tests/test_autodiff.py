"""Tests for utils.autodiff, checked against finite differences from utils.calculus.

The random-program tests draw a small program of operations on 2-3 inputs, run it three ways
(plain floats, forward mode with Dual, reverse mode with Value) and compare the derivatives
with central differences of the float program, and the two modes with each other.
"""

import math
import sys

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from utils import autodiff as ad
from utils.autodiff import Dual, Value
from utils.calculus import derivative, gradient

# ---------------------------------------------------------------- random programs
# op name -> (operation on two operands, domain guard on their float values). The operations
# mix nodes with nodes and with plain numbers on either side; one table serves all three modes.
OPERATIONS = {
    "add": (lambda a, b: a + b, lambda a, b: True),
    "sub": (lambda a, b: a - b, lambda a, b: True),
    "mul": (lambda a, b: a * b, lambda a, b: True),
    "div": (lambda a, b: a / b, lambda a, b: abs(b) > 0.3),
    "power": (lambda a, b: a**b, lambda a, b: a > 0.2 and abs(b) < 3),
    "number_plus": (lambda a, b: 1.5 + a, lambda a, b: True),
    "number_minus": (lambda a, b: 1.5 - a, lambda a, b: True),
    "minus_number": (lambda a, b: a - 0.5, lambda a, b: True),
    "number_times": (lambda a, b: 0.5 * a, lambda a, b: True),
    "number_over": (lambda a, b: 2 / a, lambda a, b: abs(a) > 0.3),
    "over_number": (lambda a, b: a / 4, lambda a, b: True),
    "negate": (lambda a, b: -a, lambda a, b: True),
    "square": (lambda a, b: a**2, lambda a, b: True),
    "cube": (lambda a, b: a**3, lambda a, b: True),
    "sqrt": (lambda a, b: a**0.5, lambda a, b: a > 0.1),
    "number_power": (lambda a, b: 2**a, lambda a, b: True),
    "exp": (lambda a, b: ad.exp(a), lambda a, b: a < 3),
    "log": (lambda a, b: ad.log(a), lambda a, b: a > 0.1),
    "sin": (lambda a, b: ad.sin(a), lambda a, b: True),
    "cos": (lambda a, b: ad.cos(a), lambda a, b: True),
    "tanh": (lambda a, b: ad.tanh(a), lambda a, b: True),
    "sigmoid": (lambda a, b: ad.sigmoid(a), lambda a, b: True),
    "relu": (lambda a, b: ad.relu(a), lambda a, b: abs(a) > 0.05),  # away from the kink
}
LIMIT = 30.0  # every intermediate value stays in [-LIMIT, LIMIT]


@st.composite
def programs(draw):
    n_inputs = draw(st.integers(min_value=2, max_value=3))
    inputs = draw(st.lists(st.floats(-2, 2), min_size=n_inputs, max_size=n_inputs))
    steps = draw(
        st.lists(
            st.tuples(st.sampled_from(sorted(OPERATIONS)), st.integers(0, 99), st.integers(0, 99)),
            min_size=1,
            max_size=8,
        )
    )
    return inputs, steps


def run(steps, inputs):
    """Run the program; the output is the sum of every step's result, so every step counts."""
    nodes = list(inputs)
    for name, i, j in steps:
        operation, _ = OPERATIONS[name]
        nodes.append(operation(nodes[i % len(nodes)], nodes[j % len(nodes)]))
    output = nodes[len(inputs)]
    for node in nodes[len(inputs) + 1 :]:
        output = output + node
    return output


def is_safe(steps, inputs):
    """True if the float run stays inside every operation's domain and within LIMIT."""
    nodes = [float(x) for x in inputs]
    for name, i, j in steps:
        operation, guard = OPERATIONS[name]
        a, b = nodes[i % len(nodes)], nodes[j % len(nodes)]
        if not guard(a, b):
            return False
        nodes.append(operation(a, b))
        if abs(nodes[-1]) > LIMIT:
            return False
    return True


def reverse_mode(steps, inputs):
    leaves = [Value(x) for x in inputs]
    output = run(steps, leaves)
    output.backward()
    return output.data, np.array([leaf.grad for leaf in leaves])


def forward_mode(steps, inputs):
    """One forward pass per input, seeding that input's derivative with 1."""
    columns = []
    for k in range(len(inputs)):
        duals = [Dual(x, 1.0 if i == k else 0.0) for i, x in enumerate(inputs)]
        output = run(steps, duals)
        columns.append(output.derivative)
    return output.value, np.array(columns)


@settings(max_examples=60, deadline=None)
@given(program=programs())
def test_reverse_mode_matches_finite_differences_on_random_programs(program):
    inputs, steps = program
    assume(is_safe(steps, inputs))
    value, grad = reverse_mode(steps, inputs)
    numerical = gradient(lambda x: run(steps, [float(t) for t in x]), np.array(inputs))
    assert value == pytest.approx(run(steps, inputs), rel=1e-12, abs=1e-12)
    np.testing.assert_allclose(grad, numerical, rtol=1e-5, atol=1e-6)


@settings(max_examples=60, deadline=None)
@given(program=programs())
def test_forward_mode_matches_finite_differences_on_random_programs(program):
    inputs, steps = program
    assume(is_safe(steps, inputs))
    value, grad = forward_mode(steps, inputs)
    numerical = gradient(lambda x: run(steps, [float(t) for t in x]), np.array(inputs))
    assert value == pytest.approx(run(steps, inputs), rel=1e-12, abs=1e-12)
    np.testing.assert_allclose(grad, numerical, rtol=1e-5, atol=1e-6)


@settings(max_examples=60, deadline=None)
@given(program=programs())
def test_forward_and_reverse_mode_agree_on_random_programs(program):
    inputs, steps = program
    assume(is_safe(steps, inputs))
    _, reverse = reverse_mode(steps, inputs)
    _, forward = forward_mode(steps, inputs)
    np.testing.assert_allclose(reverse, forward, rtol=1e-10, atol=1e-12)


# ---------------------------------------------------------------- the elementary functions
FUNCTIONS = ["exp", "log", "sin", "cos", "tanh", "sigmoid", "relu"]
REFERENCE = {  # independent float implementations
    "exp": math.exp,
    "log": math.log,
    "sin": math.sin,
    "cos": math.cos,
    "tanh": math.tanh,
    "sigmoid": lambda x: 1 / (1 + math.exp(-x)),
    "relu": lambda x: max(x, 0.0),
}


@settings(max_examples=50, deadline=None)
@given(name=st.sampled_from(FUNCTIONS), x=st.floats(0.05, 4) | st.floats(-4, -0.05))
def test_each_function_in_both_modes_matches_finite_differences(name, x):
    if name == "log":
        x = abs(x)
    function, reference = getattr(ad, name), REFERENCE[name]
    expected = derivative(reference, x)
    result = function(x)
    assert isinstance(result, float) and result == pytest.approx(reference(x), rel=1e-12)
    dual = function(Dual(x, 1.0))
    assert dual.value == pytest.approx(reference(x), rel=1e-12)
    assert dual.derivative == pytest.approx(expected, rel=1e-7, abs=1e-9)
    leaf = Value(x)
    node = getattr(leaf, name)()
    node.backward()
    assert node.op == name and node.children == (leaf,)
    assert leaf.grad == pytest.approx(expected, rel=1e-7, abs=1e-9)
    assert ad.sin(Value(x)).data == pytest.approx(math.sin(x))  # module functions take Values


def test_relu_on_both_sides_of_the_kink():
    for x, slope in [(-2.0, 0.0), (3.0, 1.0), (0.0, 0.0)]:
        leaf = Value(x)
        out = leaf.relu()
        out.backward()
        assert (out.data, leaf.grad) == (max(x, 0.0), slope)
        assert ad.relu(Dual(x, 1.0)).derivative == slope
        assert ad.relu(x) == max(x, 0.0)


def test_sigmoid_does_not_overflow():
    assert ad.sigmoid(-1000.0) == 0.0 and ad.sigmoid(1000.0) == 1.0
    assert ad.sigmoid(Dual(-800.0, 1.0)).derivative == 0.0


# ---------------------------------------------------------------- Dual by hand
def test_dual_arithmetic_with_plain_numbers_on_either_side():
    d = Dual(2.0, 1.0)  # x = 2, dx/dx = 1; each line: (expression, value, derivative)
    cases = [
        (2 * d, 4.0, 2.0),
        (d * 2, 4.0, 2.0),
        (d + 1, 3.0, 1.0),
        (1 + d, 3.0, 1.0),
        (d - 1, 1.0, 1.0),
        (1 - d, -1.0, -1.0),
        (1 / d, 0.5, -0.25),
        (d / 4, 0.5, 0.25),
        (d**3, 8.0, 12.0),
        (2**d, 4.0, 4.0 * math.log(2.0)),
        (d**d, 4.0, 4.0 * (math.log(2.0) + 1.0)),  # d/dx x^x = x^x (log x + 1)
        (-d, -2.0, -1.0),
        (d * d - 3 * d, -2.0, 1.0),
        (Dual(-2.0, 1.0) ** 2, 4.0, -4.0),
        (Dual(-2.0, 1.0) ** Dual(3.0), -8.0, 12.0),  # constant integer exponent: fine
    ]
    for result, value, slope in cases:
        assert isinstance(result, Dual)
        assert result.value == pytest.approx(value, rel=1e-12)
        assert result.derivative == pytest.approx(slope, rel=1e-12)


def test_dual_product_and_quotient_rules():
    x, y = Dual(3.0, 1.0), Dual(5.0, -2.0)
    assert (x * y).derivative == pytest.approx(1.0 * 5.0 + 3.0 * -2.0)
    assert (x / y).derivative == pytest.approx((1.0 * 5.0 - 3.0 * -2.0) / 25.0)


def test_dual_repr_and_defaults():
    assert repr(Dual(2.0, 1.0)) == "Dual(value=2.0, derivative=1.0)"
    assert repr(Dual(3)) == "Dual(value=3.0, derivative=0.0)"


# ---------------------------------------------------------------- Value by hand
def test_value_arithmetic_with_plain_numbers_on_either_side():
    cases = [  # (expression of x, d/dx at x = 2)
        (lambda x: 2 * x, 2.0),
        (lambda x: x * 2, 2.0),
        (lambda x: x + 1, 1.0),
        (lambda x: 1 + x, 1.0),
        (lambda x: x - 1, 1.0),
        (lambda x: 1 - x, -1.0),
        (lambda x: 1 / x, -0.25),
        (lambda x: x / 4, 0.25),
        (lambda x: x**3, 12.0),
        (lambda x: x**-1.5, -1.5 * 2.0**-2.5),
        (lambda x: 2**x, 4.0 * math.log(2.0)),
        (lambda x: x**x, 4.0 * (math.log(2.0) + 1.0)),
        (lambda x: -x, -1.0),
    ]
    for expression, slope in cases:
        x = Value(2.0)
        out = expression(x)
        out.backward()
        assert out.data == pytest.approx(expression(2.0), rel=1e-12)
        assert x.grad == pytest.approx(slope, rel=1e-12)


def test_value_power_of_two_values():
    a, b = Value(1.5), Value(-0.7)
    out = a**b
    out.backward()
    assert out.data == pytest.approx(1.5**-0.7)
    assert a.grad == pytest.approx(-0.7 * 1.5**-1.7)
    assert b.grad == pytest.approx(1.5**-0.7 * math.log(1.5))


def test_a_node_used_twice_accumulates():
    x = Value(3.0)
    y = x * x  # dy/dx = 2x
    y.backward()
    assert x.grad == 6.0
    x = Value(3.0)
    (x + x).backward()
    assert x.grad == 2.0
    x = Value(0.5)
    y = x * x
    z = y * y + y  # x^4 + x^2 through a shared node y
    z.backward()
    assert x.grad == pytest.approx(4 * 0.5**3 + 2 * 0.5)
    assert y.grad == pytest.approx(2 * 0.25 + 1)


def test_backward_twice_accumulates_in_leaves_and_zero_grad_resets():
    a, b, c = Value(2.0), Value(-3.0), Value(10.0)
    z = a * b + c
    z.backward()
    assert (a.grad, b.grad, c.grad) == (-3.0, 2.0, 1.0)
    z.backward()  # like PyTorch: leaf gradients add up across calls
    assert (a.grad, b.grad, c.grad) == (-6.0, 4.0, 2.0)
    assert z.grad == 1.0
    z.zero_grad()
    assert (a.grad, b.grad, c.grad, z.grad) == (0.0, 0.0, 0.0, 0.0)
    z.backward()
    assert (a.grad, b.grad, c.grad) == (-3.0, 2.0, 1.0)


def test_backward_on_a_leaf_and_on_a_fresh_graph():
    x = Value(4.0)
    x.backward()
    assert x.grad == 1.0
    w = Value(0.5)
    loss = (w * 3.0 - 1.0) ** 2  # d/dw = 2 (3w - 1) 3 = 3
    loss.backward()
    assert w.grad == pytest.approx(3.0)


def test_deep_chains_do_not_hit_the_recursion_limit():
    x = Value(1.0)
    y = x
    for _ in range(3000):
        y = y + x
    y.backward()
    assert y.data == 3001.0 and x.grad == 3001.0
    depth = 2 * sys.getrecursionlimit() + 1000
    x = Value(0.3)
    y = x
    for _ in range(depth):
        y = y * 1.0 + 0.0  # two nodes per step: far deeper than any recursion limit
    y.backward()
    assert x.grad == 1.0


def test_graph_fields_repr_and_label():
    a, b = Value(2.0, label="a"), Value(-3.0, label="b")
    c = a * b
    d = c.tanh()
    assert a.label == "a" and c.label == ""
    assert c.op == "*" and c.children == (a, b)
    assert d.op == "tanh" and d.children == (c,)
    assert a.op == "" and a.children == ()
    assert isinstance(c.children, tuple)
    assert (a**2).op == "**2" and (2**a).op == "**"
    assert repr(Value(2.0)) == "Value(data=2.0, grad=0.0)"
    d.backward()
    assert repr(d) == f"Value(data={math.tanh(-6.0)!r}, grad=1.0)"


def test_plain_numbers_in_the_functions_give_floats():
    assert ad.exp(0.0) == 1.0 and isinstance(ad.exp(0), float)
    assert ad.log(1) == 0.0
    assert ad.tanh(np.float64(0.0)) == 0.0


# ---------------------------------------------------------------- errors
@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -math.inf])
def test_non_finite_numbers_are_rejected(bad):
    with pytest.raises(ValueError, match="data must be finite"):
        Value(bad)
    with pytest.raises(ValueError, match="value must be finite"):
        Dual(bad)
    with pytest.raises(ValueError, match="derivative must be finite"):
        Dual(1.0, bad)
    with pytest.raises(ValueError, match="x must be finite"):
        ad.exp(bad)
    with pytest.raises(ValueError, match="finite"):
        Value(1.0) + bad


@pytest.mark.parametrize("bad", ["1.0", None, True, [1.0], np.array([1.0, 2.0]), 1 + 2j])
def test_non_numbers_are_rejected(bad):
    with pytest.raises(ValueError, match="data must be a real number"):
        Value(bad)
    with pytest.raises(ValueError, match="value must be a real number"):
        Dual(bad)
    with pytest.raises(ValueError, match="derivative must be a real number"):
        Dual(1.0, bad)
    with pytest.raises(ValueError, match="x must be a real number"):
        ad.tanh(bad)


def test_modes_do_not_mix():
    with pytest.raises(ValueError, match="must be a real number, got Value"):
        Dual(1.0, 1.0) + Value(1.0)
    with pytest.raises(ValueError, match="must be a real number, got Dual"):
        Value(1.0) * Dual(1.0, 1.0)
    with pytest.raises(ValueError, match="exponent must be a real number"):
        Value(1.0) ** "2"


def test_log_of_non_positive_numbers():
    for x in (0.0, -1.0):
        with pytest.raises(ValueError, match="log needs a positive argument"):
            ad.log(x)
        with pytest.raises(ValueError, match="log needs a positive argument"):
            ad.log(Dual(x, 1.0))
        with pytest.raises(ValueError, match="log needs a positive argument"):
            Value(x).log()


def test_negative_base_to_non_integer_power():
    with pytest.raises(ValueError, match="negative base .* non-integer power"):
        Dual(-8.0, 1.0) ** (1 / 3)
    with pytest.raises(ValueError, match="negative base .* non-integer power"):
        Dual(-8.0, 1.0) ** Dual(0.5, 1.0)
    with pytest.raises(ValueError, match="negative base .* non-integer power"):
        (-8.0) ** Dual(0.5)
    with pytest.raises(ValueError, match="varying exponent needs a positive base"):
        Dual(-2.0, 1.0) ** Dual(2.0, 1.0)
    with pytest.raises(ValueError, match="negative base .* non-integer power"):
        Value(-8.0) ** 0.5
    with pytest.raises(ValueError, match="Value exponent needs a positive base"):
        Value(-2.0) ** Value(2.0)
    with pytest.raises(ValueError, match="Value exponent needs a positive base"):
        (-2.0) ** Value(0.5)
