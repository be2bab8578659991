"""Context encoders for graphkit's NER model (registered for spaCy configs).

``graphkit.WindowBiLSTMEncoder.v1``: spaCy's window CNN (local context, as in
``spacy.MaxoutWindowEncoder.v2``) followed by a bidirectional LSTM over the whole sentence,
added residually, so a token sees context beyond the CNN's few words ("… sagte der
Sprecher des Unternehmens X"). thinc's LSTM runs on its own CPU kernels: no PyTorch.
"""

from __future__ import annotations

from spacy.util import registry
from thinc.api import LSTM, Model, chain, residual, with_padded
from thinc.types import Floats2d


@registry.architectures("graphkit.WindowBiLSTMEncoder.v1")
def WindowBiLSTMEncoder(
    width: int, window_depth: int, lstm_depth: int = 1, dropout: float = 0.0
) -> Model[list[Floats2d], list[Floats2d]]:
    if width % 2:
        raise ValueError(f"width must be even (two LSTM directions), got {width}")
    window = registry.get("architectures", "spacy.MaxoutWindowEncoder.v2")(
        width=width, window_size=1, maxout_pieces=3, depth=window_depth
    )
    lstm = with_padded(LSTM(nO=width, nI=width, bi=True, depth=lstm_depth, dropout=dropout))
    model: Model[list[Floats2d], list[Floats2d]] = chain(window, residual(lstm))
    model.set_dim("nO", width)
    return model
