"""Automatic differentiation from scratch: forward mode with dual numbers, reverse mode on a graph.

Both modes apply the chain rule exactly, one elementary operation at a time; neither
approximates a limit the way ``utils.calculus`` does.

- **Forward mode** (:class:`Dual`). Carry ``(value, derivative)`` through the computation:
  ``a + a' eps`` with ``eps**2 = 0``. Seeding one input with derivative 1 gives the derivative of
  every output with respect to that input in one pass.
- **Reverse mode** (:class:`Value`). Record the computation as a graph, then walk it backwards
  from the output: each node passes ``(its grad) * (local derivative)`` to each child. One
  backward pass gives the derivative of one output with respect to *every* input, which is why
  neural networks (one loss, millions of weights) are trained this way.

The functions :func:`exp`, :func:`log`, :func:`sin`, :func:`cos`, :func:`tanh`,
:func:`sigmoid` and :func:`relu` accept a ``Dual``, a ``Value`` or a plain number, so one
expression can be run in both modes and as plain arithmetic.

>>> x = Dual(2.0, 1.0)                        # seed dx/dx = 1
>>> x * x + sin(x)
Dual(value=4.909297426825682, derivative=3.5838531634528574)
>>> a, b = Value(2.0), Value(-3.0)
>>> y = a * b + a
>>> y.backward()
>>> a.grad, b.grad                            # dy/da = b + 1, dy/db = a
(-2.0, 2.0)
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable

__all__ = ["Dual", "Value", "exp", "log", "sin", "cos", "tanh", "sigmoid", "relu"]


def _check_number(x: object, name: str) -> float:
    """``x`` as a float, or a ValueError saying why it is not a finite real number."""
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        raise ValueError(f"{name} must be a real number, got {type(x).__name__}.")
    if not math.isfinite(x):
        raise ValueError(f"{name} must be finite, got {x}.")
    return float(x)


def _check_power(base: float, exponent: float) -> None:
    if base < 0 and not exponent.is_integer():
        raise ValueError(
            f"a negative base ({base}) to a non-integer power ({exponent}) is not a real number."
        )


# ---------------------------------------------------------------- forward mode
class Dual:
    """A dual number ``value + derivative * eps`` with ``eps**2 = 0`` (forward mode).

    ``(a + a' eps) * (b + b' eps) = ab + (a'b + ab') eps``: the eps part follows the product
    rule by itself, and likewise for every other operation defined here.

    Parameters
    ----------
    value : float
        The value ``a``.
    derivative : float, default 0.0
        The derivative ``a'`` carried along; seed an input with 1.0 to differentiate by it.
    """

    def __init__(self, value: float, derivative: float = 0.0) -> None:
        self.value = _check_number(value, "value")
        self.derivative = _check_number(derivative, "derivative")

    def __repr__(self) -> str:
        return f"Dual(value={self.value!r}, derivative={self.derivative!r})"

    def _parts(self) -> tuple[float, float]:
        return self.value, self.derivative

    def __add__(self, other: Dual | float) -> Dual:
        (a, da), (b, db) = self._parts(), _as_dual(other)._parts()
        return Dual(a + b, da + db)

    def __mul__(self, other: Dual | float) -> Dual:
        (a, da), (b, db) = self._parts(), _as_dual(other)._parts()
        return Dual(a * b, da * b + a * db)  # the product rule

    def __truediv__(self, other: Dual | float) -> Dual:
        (a, da), (b, db) = self._parts(), _as_dual(other)._parts()
        return Dual(a / b, (da * b - a * db) / b**2)  # the quotient rule

    def __pow__(self, other: Dual | float) -> Dual:
        """``a**b``; its derivative is ``b a**(b-1) a' + a**b log(a) b'``."""
        (a, da), (b, db) = self._parts(), _as_dual(other)._parts()
        _check_power(a, b)
        value, slope = a**b, 0.0
        if da != 0:
            slope += b * a ** (b - 1) * da
        if db != 0:  # the exponent varies too: needs log(a)
            if a <= 0:
                raise ValueError(f"a varying exponent needs a positive base, got base {a}.")
            slope += value * math.log(a) * db
        return Dual(value, slope)

    def __neg__(self) -> Dual:
        return Dual(-self.value, -self.derivative)

    def __sub__(self, other: Dual | float) -> Dual:
        return self + (-_as_dual(other))

    def __rsub__(self, other: float) -> Dual:
        return _as_dual(other) + (-self)

    def __rtruediv__(self, other: float) -> Dual:
        return _as_dual(other) / self

    def __rpow__(self, other: float) -> Dual:
        return _as_dual(other) ** self

    __radd__ = __add__
    __rmul__ = __mul__


def _as_dual(x: Dual | float) -> Dual:
    return x if isinstance(x, Dual) else Dual(x)  # a plain number is a constant: derivative 0


# ---------------------------------------------------------------- reverse mode
class Value:
    """A scalar that remembers how it was computed, so ``backward()`` can differentiate it.

    Each node stores its ``data``, its ``children`` (the inputs of the operation that made it),
    the operation ``op`` and, for each child, the local derivative ``d(self)/d(child)``.
    ``backward()`` applies the chain rule ``child.grad += local * self.grad`` from the output
    down, in reverse topological order.

    Gradients *accumulate*, as in PyTorch: a node used twice receives both contributions
    (``y = x * x`` gives ``x.grad = 2 x``), and a second ``backward()`` adds to the leaves'
    ``grad`` again. Call ``zero_grad()`` on the output before a new pass (in a training loop,
    before every step).

    Parameters
    ----------
    data : float
        The number. (The other arguments are filled in by the operations; ``label`` is an
        optional name for drawing the graph.)
    """

    def __init__(self, data: float, _children=(), _op: str = "", _local_grads=(), label: str = ""):
        self.data = _check_number(data, "data")
        self.grad = 0.0
        self.label = label
        self._children = tuple(_children)  # the inputs of the operation that made this node
        self._op = _op
        self._local_grads = tuple(_local_grads)  # d(self)/d(child), one per child

    @property
    def children(self) -> tuple[Value, ...]:
        """The inputs of the operation that produced this node (empty for a leaf)."""
        return self._children

    @property
    def op(self) -> str:
        """The operation that produced this node, e.g. ``"*"`` or ``"tanh"`` (``""`` for a leaf)."""
        return self._op

    def __repr__(self) -> str:
        return f"Value(data={self.data!r}, grad={self.grad!r})"

    def __add__(self, other: Value | float) -> Value:
        other = _as_value(other)
        return Value(self.data + other.data, (self, other), "+", (1.0, 1.0))

    def __mul__(self, other: Value | float) -> Value:
        other = _as_value(other)
        return Value(self.data * other.data, (self, other), "*", (other.data, self.data))

    def __pow__(self, other: Value | float) -> Value:
        """``a**n`` for a number ``n`` (local derivative ``n a**(n-1)``), or ``a**b`` for a
        Value ``b`` and ``a > 0`` (local derivatives ``b a**(b-1)`` and ``a**b log a``)."""
        a = self.data
        if isinstance(other, Value):
            if a <= 0:
                raise ValueError(f"a Value exponent needs a positive base, got base {a}.")
            b, value = other.data, a**other.data
            return Value(value, (self, other), "**", (b * a ** (b - 1), value * math.log(a)))
        n = _check_number(other, "exponent")
        _check_power(a, n)
        slope = n * a ** (n - 1) if n != 0 else 0.0
        return Value(a**n, (self,), f"**{n:g}", (slope,))

    def __neg__(self) -> Value:
        return self * -1.0

    def __sub__(self, other: Value | float) -> Value:
        return self + (-_as_value(other))

    def __rsub__(self, other: float) -> Value:
        return _as_value(other) + (-self)

    def __truediv__(self, other: Value | float) -> Value:
        return self * _as_value(other) ** -1

    def __rtruediv__(self, other: float) -> Value:
        return _as_value(other) * self**-1

    def __rpow__(self, other: float) -> Value:
        return _as_value(other) ** self

    __radd__ = __add__
    __rmul__ = __mul__

    def exp(self) -> Value:
        return _apply("exp", self)

    def log(self) -> Value:
        return _apply("log", self)

    def sin(self) -> Value:
        return _apply("sin", self)

    def cos(self) -> Value:
        return _apply("cos", self)

    def tanh(self) -> Value:
        return _apply("tanh", self)

    def sigmoid(self) -> Value:
        return _apply("sigmoid", self)

    def relu(self) -> Value:
        return _apply("relu", self)

    def _topological_order(self) -> list[Value]:
        """Every node of the graph below ``self``, each after all of its children.

        An iterative depth-first search (no recursion, so deep graphs are fine): a node is
        pushed once to expand its children and once more to be emitted after them.
        """
        order, visited, stack = [], set(), [(self, False)]
        while stack:
            node, children_done = stack.pop()
            if children_done:
                order.append(node)
            elif node not in visited:
                visited.add(node)
                stack.append((node, True))
                stack.extend((child, False) for child in node._children)
        return order

    def backward(self) -> None:
        """Set ``self.grad = 1`` and fill ``grad`` of every node below by the chain rule.

        Interior nodes are reset first, so they hold this pass's gradients; leaves (inputs,
        weights) keep accumulating across calls until ``zero_grad()``.
        """
        order = self._topological_order()
        for node in order:
            if node._children:
                node.grad = 0.0
        self.grad = 1.0
        for node in reversed(order):
            for child, local_grad in zip(node._children, node._local_grads):
                child.grad += local_grad * node.grad

    def zero_grad(self) -> None:
        """Set ``grad = 0`` on this node and every node of the graph below it."""
        for node in self._topological_order():
            node.grad = 0.0


def _as_value(x: Value | float) -> Value:
    return x if isinstance(x, Value) else Value(x)


# ---------------------------------------------------------------- elementary functions
def _log(x: float) -> float:
    if x <= 0:
        raise ValueError(f"log needs a positive argument, got {x}.")
    return math.log(x)


def _sigmoid(x: float) -> float:
    if x >= 0:  # two forms, so that exp never overflows
        return 1.0 / (1.0 + math.exp(-x))
    return math.exp(x) / (1.0 + math.exp(x))


# The table of derivatives: name -> (function, its derivative), both of a float.
_RULES: dict[str, tuple[Callable[[float], float], Callable[[float], float]]] = {
    "exp": (math.exp, math.exp),
    "log": (_log, lambda x: 1.0 / x),
    "sin": (math.sin, math.cos),
    "cos": (math.cos, lambda x: -math.sin(x)),
    "tanh": (math.tanh, lambda x: 1.0 - math.tanh(x) ** 2),
    "sigmoid": (_sigmoid, lambda x: _sigmoid(x) * (1.0 - _sigmoid(x))),
    "relu": (lambda x: max(x, 0.0), lambda x: 1.0 if x > 0 else 0.0),  # slope 0 at the kink
}


def _apply(name: str, x: Dual | Value | float) -> Dual | Value | float:
    function, slope = _RULES[name]
    if isinstance(x, Dual):  # chain rule, forward: (f(a), f'(a) a')
        return Dual(function(x.value), slope(x.value) * x.derivative)
    if isinstance(x, Value):  # record the node and its local derivative f'(a)
        return Value(function(x.data), (x,), name, (slope(x.data),))
    return function(_check_number(x, "x"))


def exp(x: Dual | Value | float) -> Dual | Value | float:
    """``e**x``; derivative ``e**x``."""
    return _apply("exp", x)


def log(x: Dual | Value | float) -> Dual | Value | float:
    """Natural logarithm; derivative ``1/x``. Raises ValueError for ``x <= 0``."""
    return _apply("log", x)


def sin(x: Dual | Value | float) -> Dual | Value | float:
    """``sin x``; derivative ``cos x``."""
    return _apply("sin", x)


def cos(x: Dual | Value | float) -> Dual | Value | float:
    """``cos x``; derivative ``-sin x``."""
    return _apply("cos", x)


def tanh(x: Dual | Value | float) -> Dual | Value | float:
    """``tanh x``; derivative ``1 - tanh(x)**2``."""
    return _apply("tanh", x)


def sigmoid(x: Dual | Value | float) -> Dual | Value | float:
    """``1 / (1 + e**-x)``; derivative ``sigmoid(x) (1 - sigmoid(x))``."""
    return _apply("sigmoid", x)


def relu(x: Dual | Value | float) -> Dual | Value | float:
    """``max(x, 0)``; derivative 1 for ``x > 0`` and 0 otherwise (0 at the kink, by convention)."""
    return _apply("relu", x)
