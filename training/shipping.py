"""Copy a trained spaCy pipeline into the graphkit package (shared by train.py and
train_syntax.py): the attribution beside it, its meta.json naming model, licence and
sources, and the old pipeline replaced atomically (a failed copy leaves the old one)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path


def ship_pipeline(model_dir: Path, target: Path, attribution: Path, meta: dict) -> None:
    tmp = target.with_name(target.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    shutil.copytree(model_dir, tmp)
    shutil.copy(attribution, tmp / "ATTRIBUTION.md")
    update_meta(tmp / "meta.json", meta)
    old = target.with_name(target.name + ".old")
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    if old.exists():
        shutil.rmtree(old)


def update_meta(path: Path, fields: dict) -> None:
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(fields)
    path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
