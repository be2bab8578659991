"""Matrix products of graphkit's shipped models through numpy's BLAS instead of blis.

thinc's CPU ops multiply with blis by default. On the machines graphkit was measured on
(x86-64, AVX2) numpy's bundled OpenBLAS runs the shapes of these models (a few thousand
rows by 96-576 columns) about 3x faster per core (benchmarks/nlp_speed.py), and the
matrix products are half of the models' time. The results are the same up to float
rounding, and the same from run to run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from spacy.language import Language
from thinc.api import NumpyOps


@lru_cache(maxsize=1)
def numpy_gemm_ops() -> NumpyOps:
    return NumpyOps(use_blis=False)


def use_numpy_gemm(nlp: Language) -> Language:
    """Let every layer of ``nlp``'s trained components multiply through numpy."""
    ops = numpy_gemm_ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):
                node.ops = ops
    return nlp


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the models with one BLAS thread: their matrices are small, so more threads
    spend CPU for little time saved, and Dask workers (one per core) would oversubscribe
    the cores. The caller's own limit comes back afterwards."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield
