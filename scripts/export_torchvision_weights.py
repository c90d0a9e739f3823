#!/usr/bin/env python3
"""Exports torchvision's ImageNet ResNet weights (stem to layer3) to MDD-Net's tensor archive.

Run once, on any machine with internet and torch + torchvision:

    python3 scripts/export_torchvision_weights.py wide_resnet50_2 ~/.cache/mddnet/teachers/
    python3 scripts/export_torchvision_weights.py resnet18 OUT.mdda --random-seed 7  # no download

OUT is a file, or a folder that receives <backbone>.mdda (the name MDD-Net looks for).
On Debian use /usr/bin/python3 (python3-torch, python3-torchvision). The file is a
tensor archive (docs/FORMATS.md) of kind "teacher-weights", layout "torchvision":
torchvision's state-dict names and shapes for conv1, bn1, layer1, layer2 and layer3
(layer4 and fc are not used by MDD-Net; num_batches_tracked is training bookkeeping).
This file is self-contained so that it can be copied alone to a machine with internet.
"""
import argparse
import json
import os
import struct
import sys
import zlib

BACKBONES = {  # id -> torchvision weights enum (torchvision >= 0.13)
    "resnet18": "ResNet18_Weights",
    "resnet50": "ResNet50_Weights",
    "wide_resnet50_2": "Wide_ResNet50_2_Weights",
}
# The ImageNet weights the MDD-Net paper (and most anomaly-detection work) uses.
WEIGHTS_TAG = "IMAGENET1K_V1"
KEPT_LAYERS = ["conv1", "bn1", "layer1", "layer2", "layer3"]

PRETRAINED_LICENSE = (
    "torchvision's code is BSD-3-Clause. On its pre-trained weights torchvision states: "
    "'The pre-trained models provided in this library may have their own licenses or terms "
    "and conditions derived from the dataset used for training. It is your responsibility to "
    "determine whether you have permission to use the models for your use case.' These "
    "weights were trained on ImageNet-1K (ILSVRC-2012), whose terms of access allow the "
    "images to be used for non-commercial research and educational purposes only.")
RANDOM_LICENSE = "random numbers, not trained on any data: no licence terms apply"

# --- tensor archive writer (docs/FORMATS.md); mirrors core/src/io/tensor_archive.cpp ---

MAGIC = b"MDDARCH1"
CONTAINER_VERSION = 1
DTYPE_NAMES = {"float32": "float32", "int64": "int64", "uint8": "uint8"}


def align64(n):
    return (n + 63) // 64 * 64


def write_archive(path, meta, tensors):
    """Writes `tensors` (list of (name, numpy array)) with header `meta` (needs "kind").

    The file appears atomically: written to <path>.tmp-<pid>, fsynced, then renamed.
    """
    if "kind" not in meta:
        raise ValueError("a tensor archive header needs a 'kind'")
    header = dict(meta)
    table, data = [], bytearray()
    for name, array in tensors:
        dtype = DTYPE_NAMES.get(str(array.dtype))
        if dtype is None:
            raise ValueError(f"tensor '{name}': dtype {array.dtype} is not float32, int64 or uint8")
        raw = array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes(order="C")
        offset = align64(len(data))
        data.extend(b"\0" * (offset - len(data)))
        data.extend(raw)
        table.append({"name": name, "dtype": dtype, "shape": list(array.shape),
                      "offset": offset, "nbytes": len(raw)})
    header["tensors"] = table
    header["data_bytes"] = len(data)
    header["data_crc32"] = zlib.crc32(data)
    text = json.dumps(header).encode("utf-8")
    head = MAGIC + struct.pack("<IIQ", CONTAINER_VERSION, zlib.crc32(text), len(text)) + text
    head += b"\0" * (align64(len(head)) - len(head))
    tmp = f"{path}.tmp-{os.getpid()}"
    try:
        with open(tmp, "wb") as out:
            out.write(head)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


# --- torchvision side ---

def trunk_state(model):
    """(name, float32 numpy array) for stem..layer3, in torchvision's state-dict order."""
    kept = tuple(layer + "." for layer in KEPT_LAYERS)
    return [(name, t.detach().cpu().float().contiguous().numpy())
            for name, t in model.state_dict().items()
            if name.startswith(kept) and not name.endswith(".num_batches_tracked")]


def write_teacher_weights(model, backbone, path, source, license_text):
    """Writes `model`'s stem..layer3 as a "teacher-weights" archive for MDD-Net."""
    meta = {"kind": "teacher-weights", "backbone": backbone, "layout": "torchvision",
            "source": source, "license": license_text, "layers": KEPT_LAYERS}
    write_archive(path, meta, trunk_state(model))


def build_model(backbone, random_seed):
    """Returns (model, source description, licence text)."""
    import torch
    import torchvision
    from torchvision import models
    constructor = getattr(models, backbone)
    tv = f"torchvision {torchvision.__version__} (torch {torch.__version__})"
    weights_enum = getattr(models, BACKBONES[backbone], None)  # absent before 0.13
    if random_seed is not None:
        torch.manual_seed(random_seed)
        model = constructor(weights=None) if weights_enum else constructor(pretrained=False)
        return (model, f"random initialisation: torch.manual_seed({random_seed}), {tv} "
                f"default init of models.{backbone}; not ImageNet weights", RANDOM_LICENSE)
    if weights_enum is not None:
        weights = getattr(weights_enum, WEIGHTS_TAG)
        model = constructor(weights=weights)  # downloads once, checks the file's hash
        source = f"{tv}: models.{BACKBONES[backbone]}.{WEIGHTS_TAG} from {weights.url}"
    else:
        model = constructor(pretrained=True)  # old torchvision: the same ImageNet V1 weights
        source = f"{tv}: models.{backbone}(pretrained=True), ImageNet-1K"
    return model, source, PRETRAINED_LICENSE


def output_path(out, backbone):
    if out.endswith(os.sep) or os.path.isdir(out):
        os.makedirs(out, exist_ok=True)
        return os.path.join(out, backbone + ".mdda")
    parent = os.path.dirname(os.path.abspath(out))
    os.makedirs(parent, exist_ok=True)
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("backbone", choices=sorted(BACKBONES))
    parser.add_argument("out", help="output .mdda file, or a folder for <backbone>.mdda")
    parser.add_argument("--random-seed", type=int, metavar="N",
                        help="export randomly initialised weights (no download), for tests")
    args = parser.parse_args(argv)
    path = output_path(args.out, args.backbone)
    model, source, license_text = build_model(args.backbone, args.random_seed)
    model.eval()
    write_teacher_weights(model, args.backbone, path, source, license_text)
    name = os.path.basename(path)
    print(f"wrote {path} ({source})")
    if name != args.backbone + ".mdda":
        print(f"note: MDD-Net looks for '{args.backbone}.mdda' in $MDDNET_TEACHER_DIR or "
              f"~/.cache/mddnet/teachers; rename the file or pass its path explicitly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
