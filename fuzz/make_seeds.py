#!/usr/bin/env python3
"""Writes the seed corpora under fuzz/corpus/ that need no compiled code: tensor archives
(model files, teacher weights), CSV split files, GIMP patterns and dataset manifests.
fuzz/make_seeds.sh runs it, then build-fuzz/bin/make_seeds for the project and image
seeds. Deterministic: the same script writes the same bytes."""
import json
import os
import struct
import sys
import zlib

CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "corpus")


def put(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def floats(n, start=0.0, step=0.01):
    return struct.pack("<%df" % n, *[start + i * step for i in range(n)])


def tensor_table(tensors):
    """tensors: [(name, dtype, shape, bytes)] -> (table, data) laid out like the writer."""
    table, data = [], b""
    for name, dtype, shape, raw in tensors:
        offset = (len(data) + 63) // 64 * 64
        data = data.ljust(offset, b"\0") + raw
        table.append({"name": name, "dtype": dtype, "shape": shape, "offset": offset, "nbytes": len(raw)})
    return table, data


def archive_file(meta, tensors):
    """A complete, valid .mdda file."""
    table, data = tensor_table(tensors)
    h = dict(meta, tensors=table, data_bytes=len(data), data_crc32=zlib.crc32(data) & 0xFFFFFFFF)
    js = json.dumps(h, separators=(",", ":")).encode()
    head = b"MDDARCH1" + struct.pack("<IIQ", 1, zlib.crc32(js) & 0xFFFFFFFF, len(js)) + js
    return head.ljust((len(head) + 63) // 64 * 64, b"\0") + data


def archive_structured(meta, tensors, fix_data=True):
    """fuzz_archive_input.h's structured form: flags, header JSON, NUL, data."""
    table, data = tensor_table(tensors)
    h = dict(meta, tensors=table, data_bytes=len(data), data_crc32=zlib.crc32(data) & 0xFFFFFFFF)
    return bytes([3 if fix_data else 1]) + json.dumps(h, separators=(",", ":")).encode() + b"\0" + data


# --- model files ----------------------------------------------------------------------
CONFIG = {"classNames": ["fabric", "leather"],
          "loss": {"cosine": "flattened", "distillation": 1.0, "identity": 1.0, "memoryClass": 1.0,
                   "memoryReconstruction": 1.0, "restoration": 1.0},
          "maps": {"classSource": "given", "fusion": "sum", "fusionWeight": 0.5, "gaussianSigma": 4.0,
                   "poolSize": 16, "restorationIdentityScale": 1.0, "scoreRule": "max",
                   "source": "teacher_restoration", "teacherRestorationScale": 1.0, "topPercent": 1.0},
          "network": {"backbone": "mobilenet_v2", "codeChannels": 64, "decoderBlocks": 1,
                      "decoderWidths": [16, 32, 64], "inputHeight": 64, "inputWidth": 64,
                      "memory": {"enabled": True, "itemsPerClass": 8, "scales": [True, True, True],
                                 "shrinkThreshold": -1.0, "temperature": 0.1},
                      "neckBlocks": 2, "neckChannels": 32, "perImageStandardise": False,
                      "resize": "letterbox", "upsample": "transposed_conv"}}
MODEL = {"kind": "mddnet-model", "format_version": 1, "written_by": "MDD-Net Inspector 0.1.0",
         "backbone": "mobilenet_v2", "class_names": ["fabric", "leather"], "config": CONFIG,
         "metadata": {"thresholds": [{"class": "fabric", "image": 0.5, "pixel": 0.4}],
                      "training": {"batch_size": 2, "dataset_roots": ["/data/mvtec"], "device": "cpu",
                                   "epochs": 1, "final_distillation_loss": 2.87, "final_total_loss": 12.2,
                                   "finished_at": "2026-11-29T07:38:32Z", "seconds": 0.16, "seed": 3,
                                   "steps": 3},
                      "validation_metrics": []},
         "preprocessing": {"channel_order": "RGB", "height": 64, "mean": [0.5, 0.5, 0.5],
                           "per_image_standardise": False, "resize": 1, "std": [0.5, 0.5, 0.5],
                           "value_range": "x / 255, then (x - mean) / std", "width": 64}}
MODEL_TENSORS = [("teacher.Conv1.weight", "float32", [32, 3, 3, 3], floats(864)),
                 ("teacher.Conv1.bias", "float32", [32], floats(32)),
                 ("memory.items", "float32", [2, 8], floats(16)),
                 ("steps", "int64", [1], struct.pack("<q", 3)),
                 ("mask", "uint8", [2, 2], bytes([0, 1, 1, 0]))]
put("model_file", "structured_model.bin", archive_structured(MODEL, MODEL_TENSORS))
put("model_file", "structured_model_no_tensors.bin", archive_structured(MODEL, []))
put("model_file", "structured_model_resnet18.bin",
    archive_structured(dict(MODEL, backbone="resnet18",
                            config=dict(CONFIG, network=dict(CONFIG["network"], backbone="resnet18"))), []))
put("model_file", "structured_bad_data_crc.bin", archive_structured(MODEL, MODEL_TENSORS[:2], fix_data=False))
put("model_file", "raw_model.bin", b"\0" + archive_file(MODEL, MODEL_TENSORS))
put("model_file", "raw_fixture.bin",
    b"\0" + archive_file({"kind": "fixture", "generator": "make_seeds.py"},
                         [("x", "float32", [2, 3], floats(6)), ("empty", "float32", [0, 4], b""),
                          ("scalar", "int64", [], struct.pack("<q", -1))]))

# --- teacher weights --------------------------------------------------------------------
def keras_layers(conv, bn, strides, padding, scale):
    return [{"name": "input_1", "class_name": "InputLayer", "inbound": [],
             "config": {"batch_input_shape": [None, 224, 224, 3], "dtype": "float32"}},
            {"name": conv, "class_name": "Conv2D", "inbound": ["input_1"],
             "config": {"filters": 32, "kernel_size": [3, 3], "strides": strides, "padding": padding,
                        "dilation_rate": [1, 1], "activation": "linear", "use_bias": False,
                        "data_format": "channels_last"}},
            {"name": bn, "class_name": "BatchNormalization", "inbound": [conv],
             "config": {"axis": -1, "epsilon": 0.001, "center": True, "scale": scale, "momentum": 0.99}}]


def teacher(backbone, layout, layers=None):
    meta = {"kind": "teacher-weights", "backbone": backbone, "layout": layout,
            "source": "fuzz seed (make_seeds.py)", "license": "none: synthetic numbers"}
    if layers is not None:
        meta["layers"] = layers
    return meta


mobilenet = teacher("mobilenet_v2", "keras", keras_layers("Conv1", "bn_Conv1", [2, 2], "valid", True))
mobilenet_tensors = [("Conv1/kernel", "float32", [3, 3, 3, 32], floats(864)),
                     ("bn_Conv1/gamma", "float32", [32], floats(32, 1.0)),
                     ("bn_Conv1/beta", "float32", [32], floats(32)),
                     ("bn_Conv1/moving_mean", "float32", [32], floats(32)),
                     ("bn_Conv1/moving_variance", "float32", [32], floats(32, 1.0)),
                     ("expanded_conv_depthwise/depthwise_kernel", "float32", [3, 3, 32, 1], floats(288))]
inception = teacher("inception_v3", "keras",
                    keras_layers("conv2d_1", "batch_normalization_1", [2, 2], "valid", False))
inception_tensors = [("conv2d_1/kernel", "float32", [3, 3, 3, 32], floats(864)),
                     ("batch_normalization_1/beta", "float32", [32], floats(32)),
                     ("batch_normalization_1/moving_mean", "float32", [32], floats(32)),
                     ("batch_normalization_1/moving_variance", "float32", [32], floats(32, 1.0))]
resnet = teacher("resnet18", "torchvision")
resnet_tensors = [("bn1.weight", "float32", [64], floats(64, 1.0)), ("bn1.bias", "float32", [64], floats(64)),
                  ("bn1.running_mean", "float32", [64], floats(64)),
                  ("bn1.running_var", "float32", [64], floats(64, 1.0)),
                  ("bn1.num_batches_tracked", "int64", [], struct.pack("<q", 10)),
                  ("fc.bias", "float32", [4], floats(4))]
# Byte 0 picks the backbone in fuzz_teacher_weights: 0 mobilenet_v2, 1 resnet18, 2 inception_v3.
put("teacher_weights", "mobilenet_v2.bin", b"\0" + archive_structured(mobilenet, mobilenet_tensors))
put("teacher_weights", "resnet18.bin", b"\1" + archive_structured(resnet, resnet_tensors))
put("teacher_weights", "inception_v3.bin", b"\2" + archive_structured(inception, inception_tensors))
put("teacher_weights", "mobilenet_v2_raw.bin", b"\0\0" + archive_file(mobilenet, mobilenet_tensors[:3]))
put("teacher_weights", "resnet18_as_keras.bin", b"\1" + archive_structured(dict(resnet, layout="keras"), []))

# --- CSV split files (VisA) -------------------------------------------------------------
put("csv", "visa.csv", b"object,split,label,image,mask\r\n"
    b"candle,train,normal,candle/Data/Images/Normal/0000.JPG,\r\n"
    b"candle,test,anomaly,candle/Data/Images/Anomaly/000.JPG,candle/Data/Masks/Anomaly/000.png\r\n")
put("csv", "quoted.csv", b'\xef\xbb\xbfobject,split,label,image,mask\n"a ""b""",test,anomaly,"x,\ny.png",m.png\n\n'
    b'c,train,normal,"unterminated\r')
put("csv", "cr_only.csv", b"object,split\rx,train\r\ry,test,extra\r")

# --- GIMP patterns ----------------------------------------------------------------------
def pattern(width, height, bpp, name=b"seed", version=1, magic=b"GPAT"):
    header_size = 24 + len(name) + 1
    head = struct.pack(">IIIII", header_size, version, width, height, bpp) + magic + name + b"\0"
    return head + bytes((i * 37) % 256 for i in range(width * height * bpp))


for bpp in (1, 2, 3, 4):
    put("gimp_pattern", "bpp%d.pat" % bpp, pattern(5, 3, bpp, ("pattern %d" % bpp).encode()))
put("gimp_pattern", "utf8_name.pat", pattern(2, 2, 3, "Stein \u00e4\u00f6 \u77f3".encode()))
for system_pattern in ("/usr/share/gimp/2.0/patterns/Legacy/warning.pat",
                       "/usr/share/gimp/2.0/patterns/Legacy/bluegrid.pat"):
    if os.path.exists(system_pattern):
        with open(system_pattern, "rb") as f:
            put("gimp_pattern", os.path.basename(system_pattern), f.read())

# --- dataset trees (fuzz_dataset.cpp's manifest) ------------------------------------------
put("dataset", "mvtec_multi.txt", b"""o check=header layout=auto
f bottle/train/good/000.png rgb
f bottle/train/good/001.png rgb
f bottle/train/good/002.png grey
f bottle/test/good/000.png rgb
f bottle/test/broken large/000.png rgb
f bottle/ground_truth/broken large/000_mask.png mask
f bottle/test/crack/001.png rgb
f bottle/ground_truth/crack/001_mask.png small
d carpet/train/good
f carpet/test/hole/x.jpg jpg
t bottle/readme.txt
not an image
.
""")
put("dataset", "mvtec_category.txt", b"""o check=decode layout=category class=screw fatal=1
f train/good/a b.png rgb
f train/good/\xc3\xbc\xe6\x97\xa5.png grey
f test/scratch/..x.png rgb
f ground_truth/scratch/..x_mask.png mask
f test/scratch/.hidden.png rgb
f test/thread/000.bmp bmp
f test/thread/001.png empty
l test/loop ..
""")
put("dataset", "visa.txt", b"""o check=header layout=visa val=0.5 seed=7
t split_csv/1cls.csv
object,split,label,image,mask
candle,train,normal,candle/Data/Images/Normal/0000.JPG,
candle,train,normal,candle/Data/Images/Normal/0001.JPG,
candle,test,anomaly,candle/Data/Images/Anomaly/000.JPG,candle/Data/Masks/Anomaly/000.png
candle,test,anomaly,../outside/001.JPG,/etc/passwd
"cap sules",test,normal,"cap sules/Data/Images/Normal/0002.JPG",
.
f candle/Data/Images/Normal/0000.JPG jpg
f candle/Data/Images/Normal/0001.JPG jpg
f candle/Data/Images/Anomaly/000.JPG jpg
f candle/Data/Masks/Anomaly/000.png mask
f cap sules/Data/Images/Normal/0002.JPG jpg
""")
put("dataset", "folder.txt", b"""o check=header layout=folder test=0.5 dup=rename sources=2 class=parts
f good/1.png rgb
f good/2.png rgb
f good/3.png deep
f good/4.png grey
f scratch/5.png rgb
f masks/scratch/5_mask.png mask
f dent/6.png rgb
f ground_truth/6.png small
l dent/7.png /nonexistent
""")
print("seeds written under", CORPUS)
