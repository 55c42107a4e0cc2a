"""Exercise checkers for 01-linear-algebra (drafts are merged in here before release)."""

import importlib

for _name in (
    "scalars_vectors_matrices", "vector_operations", "matrix_operations", "linear_transformations",
    "linear_combinations", "span_basis_dimension", "linear_independence", "matrix_rank",
    "determinant", "inverse_matrix", "eigenvalues_eigenvectors", "diagonalization",
    "positive_definite_matrices", "singular_value_decomposition", "projections_and_orthogonality",
    "linear_algebra_in_ml",
):  # fmt: skip
    try:
        importlib.import_module(f"utils.exercises._draft_{_name}")
    except ModuleNotFoundError as _error:
        if _error.name != f"utils.exercises._draft_{_name}":
            raise
