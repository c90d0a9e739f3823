#!/usr/bin/env node
'use strict';
// Convert the frozen ImageNet trunks inside the npm package nsfwjs@4.3.0 into
// tensor archives (.mdda, kind "teacher-weights", layout "keras").
//
//   node convert_nsfwjs.js TARBALL OUTDIR      writes OUTDIR/inception_v3.mdda, OUTDIR/mobilenet_v2.mdda
//   node convert_nsfwjs.js --version           prints the converter version
//
// The package ships each model as UMD JavaScript modules: model.min.js evaluates to
// {modelTopology, weightsManifest} and every group1-shardNofM.min.js to one base64
// string holding the weight bytes (uint8 affine quantised: value = q * scale + min).
// The modules are evaluated in an empty `vm` context (no require, no globals), the
// weights are dequantised exactly like TF.js does (q * scale + min in double, stored
// as float32), and only the layers the trunk end point depends on are kept. Every
// kept layer must be `trainable: false` in the bundled topology (frozen ImageNet
// weights); the converter refuses anything else.
//
// See docs/TEACHERS.md and docs/FORMATS.md.

const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const archive = require('./tensor_archive.js');

// Bump when the output of this converter changes; fetch_teachers.sh re-converts then.
const CONVERTER_VERSION = '1';
const PACKAGE_NAME = 'nsfwjs';
const PACKAGE_VERSION = '4.3.0';

// What to keep from each model. `end` is the last layer of the frozen trunk: the kept
// set is exactly `end` and its ancestors. `taps` are the feature pyramid outputs.
const BACKBONES = {
  inception_v3: {
    dir: 'inception_v3',
    end: 'mixed4',
    taps: ['activation_5', 'mixed2', 'mixed4'],
  },
  mobilenet_v2: {
    dir: 'mobilenet_v2',
    end: 'block_10_project_BN',
    taps: ['block_2_add', 'block_5_add', 'block_9_add'],
  },
};

const INPUT_SPEC = { preprocess: 'x/127.5-1', channel_order: 'RGB', value_range: [0, 255] };

// Config fields passed through per layer class (everything a re-implementation needs).
const CONFIG_FIELDS = {
  InputLayer: ['batch_input_shape', 'dtype'],
  Conv2D: ['filters', 'kernel_size', 'strides', 'padding', 'dilation_rate', 'activation', 'use_bias', 'data_format'],
  DepthwiseConv2D: ['kernel_size', 'strides', 'padding', 'dilation_rate', 'depth_multiplier', 'activation', 'use_bias', 'data_format'],
  BatchNormalization: ['axis', 'epsilon', 'center', 'scale', 'momentum'],
  Activation: ['activation'],
  ReLU: ['max_value', 'negative_slope', 'threshold'],
  ZeroPadding2D: ['padding', 'data_format'],
  MaxPooling2D: ['pool_size', 'strides', 'padding', 'data_format'],
  AveragePooling2D: ['pool_size', 'strides', 'padding', 'data_format'],
  Concatenate: ['axis'],
  Add: [],
};

function fail(msg) {
  const err = new Error(msg);
  err.userFacing = true;
  throw err;
}

function sha256File(file) {
  const h = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let n;
    while ((n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0) h.update(chunk.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return h.digest('hex');
}

/** Evaluate a UMD module in an empty context and return its module.exports. */
function loadUmd(file) {
  const code = fs.readFileSync(file, 'utf8');
  const mod = { exports: {} };
  const sandbox = { module: mod, exports: mod.exports };
  try {
    vm.runInNewContext(code, sandbox, { filename: file, timeout: 60000 });
  } catch (err) {
    fail(`cannot evaluate ${file} as a UMD module: ${err.message}`);
  }
  return mod.exports;
}

/** Extract the parts of the tarball we need into a fresh temp folder. */
function extractPackage(tarball) {
  if (!fs.existsSync(tarball)) fail(`tarball not found: ${tarball}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsfwjs-'));
  const members = ['package/package.json', 'package/LICENSE'].concat(
    Object.values(BACKBONES).map((b) => `package/dist/models/${b.dir}`),
  );
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir].concat(members), { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    const why = err.code === 'ENOENT' ? '`tar` is not installed' : String(err.stderr || err.message).trim();
    fail(`cannot extract ${tarball}: ${why}`);
  }
  return dir;
}

/**
 * Open an nsfwjs tarball. Returns {dir, pkg, license, sha256, models: {name: {topology, manifest, weightBytes}}, cleanup()}.
 */
function openPackage(tarball) {
  const sha256 = sha256File(tarball);
  const dir = extractPackage(tarball);
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package/package.json'), 'utf8'));
    if (pkg.name !== PACKAGE_NAME || pkg.version !== PACKAGE_VERSION) {
      fail(`${tarball} is ${pkg.name}@${pkg.version}, expected ${PACKAGE_NAME}@${PACKAGE_VERSION}`);
    }
    const license = fs.readFileSync(path.join(dir, 'package/LICENSE'), 'utf8');
    const models = {};
    for (const [name, spec] of Object.entries(BACKBONES)) {
      const mdir = path.join(dir, 'package/dist/models', spec.dir);
      const model = loadUmd(path.join(mdir, 'model.min.js'));
      if (!model || !model.modelTopology || !Array.isArray(model.weightsManifest)) {
        fail(`${spec.dir}/model.min.js does not export {modelTopology, weightsManifest}`);
      }
      const specs = [];
      const chunks = [];
      for (const group of model.weightsManifest) {
        for (const p of group.paths) {
          const s = loadUmd(path.join(mdir, `${p}.min.js`));
          if (typeof s !== 'string') fail(`${spec.dir}/${p}.min.js does not export a base64 string`);
          chunks.push(Buffer.from(s, 'base64'));
        }
        for (const w of group.weights) specs.push(w);
      }
      models[name] = { topology: model.modelTopology, weightSpecs: specs, weightBytes: Buffer.concat(chunks) };
    }
    return { dir, pkg, license, sha256, models, cleanup };
  } catch (err) {
    cleanup();
    throw err;
  }
}

/** Byte size of one weight as stored. */
function storedBytes(w) {
  const n = w.shape.reduce((a, b) => a * b, 1);
  if (w.quantization) {
    const q = w.quantization.dtype;
    if (q === 'uint8') return n;
    if (q === 'uint16') return 2 * n;
    fail(`weight ${w.name}: unsupported quantization dtype ${q}`);
  }
  if (w.dtype === 'float32' || w.dtype === 'int32') return 4 * n;
  return fail(`weight ${w.name}: unsupported dtype ${w.dtype}`);
}

/**
 * Locate every weight in the concatenated shard bytes (manifest order) and return
 * name -> {spec, offset, nbytes}. Checks that the sizes add up exactly.
 */
function indexWeights(weightSpecs, weightBytes) {
  const index = new Map();
  let off = 0;
  for (const w of weightSpecs) {
    const nb = storedBytes(w);
    if (index.has(w.name)) fail(`weight ${w.name} appears twice in the manifest`);
    index.set(w.name, { spec: w, offset: off, nbytes: nb });
    off += nb;
  }
  if (off !== weightBytes.length) {
    fail(`weights manifest describes ${off} bytes but the shards hold ${weightBytes.length}`);
  }
  return index;
}

/** Dequantise one weight to float32, exactly as TF.js does (q * scale + min, computed in double). */
function dequantise(entry, weightBytes) {
  const w = entry.spec;
  const n = w.shape.reduce((a, b) => a * b, 1);
  const raw = weightBytes.subarray(entry.offset, entry.offset + entry.nbytes);
  const out = new Float32Array(n);
  if (w.quantization) {
    if (w.dtype !== 'float32') fail(`weight ${w.name}: quantised weights must dequantise to float32, not ${w.dtype}`);
    const { scale, min } = w.quantization;
    if (!(Number.isFinite(scale) && Number.isFinite(min))) fail(`weight ${w.name}: quantization without finite scale/min`);
    if (w.quantization.dtype === 'uint8') {
      for (let i = 0; i < n; i++) out[i] = raw[i] * scale + min;
    } else {
      for (let i = 0; i < n; i++) out[i] = raw.readUInt16LE(2 * i) * scale + min;
    }
  } else {
    if (w.dtype !== 'float32') fail(`weight ${w.name}: unexpected dtype ${w.dtype}`);
    for (let i = 0; i < n; i++) out[i] = raw.readFloatLE(4 * i);
  }
  return out;
}

function inboundNames(layer) {
  const nodes = layer.inbound_nodes || [];
  if (nodes.length > 1) fail(`layer ${layer.name} is shared (${nodes.length} inbound nodes); not supported`);
  if (nodes.length === 0) return [];
  return nodes[0].map((e) => {
    if (e[1] !== 0 || e[2] !== 0) fail(`layer ${layer.name}: inbound ${e[0]} uses node ${e[1]} tensor ${e[2]}; not supported`);
    return e[0];
  });
}

/**
 * Select `end` and all its ancestors, in a topological order that follows the
 * bundled layer list wherever possible. Returns {kept: [layer], listOrderIsTopological}.
 */
function selectTrunk(layers, end, backbone) {
  const byName = new Map(layers.map((l) => [l.name, l]));
  if (!byName.has(end)) fail(`${backbone}: layer ${end} not found in the topology`);
  const keep = new Set();
  const stack = [end];
  while (stack.length) {
    const n = stack.pop();
    if (keep.has(n)) continue;
    const l = byName.get(n);
    if (!l) fail(`${backbone}: layer ${n} is referenced but not defined`);
    keep.add(n);
    for (const p of inboundNames(l)) stack.push(p);
  }
  const listed = layers.filter((l) => keep.has(l.name));
  // Kahn's algorithm, always taking the earliest listed ready layer.
  const placed = new Set();
  const order = [];
  while (order.length < listed.length) {
    const next = listed.find((l) => !placed.has(l.name) && inboundNames(l).every((p) => placed.has(p)));
    if (!next) fail(`${backbone}: the kept layers contain a cycle`);
    placed.add(next.name);
    order.push(next);
  }
  const listOrderIsTopological = order.every((l, i) => l === listed[i]);
  return { kept: order, listOrderIsTopological };
}

function pickConfig(layer) {
  const fields = CONFIG_FIELDS[layer.class_name];
  if (!fields) fail(`layer ${layer.name}: class ${layer.class_name} is not supported by the C++ teacher`);
  const cfg = {};
  for (const f of fields) if (f in layer.config) cfg[f] = layer.config[f];
  const c = layer.config;
  if ('data_format' in c && c.data_format !== 'channels_last') fail(`layer ${layer.name}: data_format ${c.data_format}`);
  if ('dilation_rate' in c && (c.dilation_rate[0] !== 1 || c.dilation_rate[1] !== 1)) fail(`layer ${layer.name}: dilation not supported`);
  if (layer.class_name === 'ZeroPadding2D') {
    // Normalise the Keras forms (int, [h,w], [[t,b],[l,r]]) to [[top,bottom],[left,right]].
    let p = c.padding;
    if (Number.isInteger(p)) p = [[p, p], [p, p]];
    else if (Number.isInteger(p[0])) p = [[p[0], p[0]], [p[1], p[1]]];
    cfg.padding = p;
  }
  return cfg;
}

/** Keras weight names of a layer, in Keras order. */
function expectedWeights(layer) {
  const c = layer.config;
  switch (layer.class_name) {
    case 'Conv2D':
      return ['kernel'].concat(c.use_bias ? ['bias'] : []);
    case 'DepthwiseConv2D':
      return ['depthwise_kernel'].concat(c.use_bias ? ['bias'] : []);
    case 'BatchNormalization':
      return [].concat(c.scale ? ['gamma'] : [], c.center ? ['beta'] : [], ['moving_mean', 'moving_variance']);
    default:
      return [];
  }
}

function pair(v) {
  return Array.isArray(v) ? v : [v, v];
}

/** Spatial output size of a conv/pool along one axis (Keras/TF rules). */
function outSize(n, k, s, padding) {
  if (padding === 'same') return Math.ceil(n / s);
  if (padding === 'valid') return Math.floor((n - k) / s) + 1;
  return fail(`unknown padding ${padding}`);
}

/**
 * Shape inference over the kept layers for an input of h x w; also checks that
 * weight shapes agree with the topology. Returns name -> [h, w, c].
 */
function inferShapes(kept, h, w, weightShapes, backbone) {
  const shapes = new Map();
  for (const l of kept) {
    const c = l.config;
    const ins = inboundNames(l).map((n) => shapes.get(n));
    const x = ins[0];
    let y;
    switch (l.class_name) {
      case 'InputLayer': {
        const b = c.batch_input_shape;
        y = [h, w, b[3]];
        break;
      }
      case 'Conv2D':
      case 'DepthwiseConv2D': {
        const k = pair(c.kernel_size);
        const s = pair(c.strides);
        const kname = l.class_name === 'Conv2D' ? 'kernel' : 'depthwise_kernel';
        const ks = weightShapes.get(`${l.name}/${kname}`);
        const outC = l.class_name === 'Conv2D' ? c.filters : x[2] * (c.depth_multiplier || 1);
        const expect = l.class_name === 'Conv2D' ? [k[0], k[1], x[2], c.filters] : [k[0], k[1], x[2], c.depth_multiplier || 1];
        if (JSON.stringify(ks) !== JSON.stringify(expect)) {
          fail(`${backbone}: ${l.name}/${kname} has shape [${ks}], the topology implies [${expect}]`);
        }
        if (c.use_bias) {
          const bs = weightShapes.get(`${l.name}/bias`);
          if (JSON.stringify(bs) !== JSON.stringify([outC])) fail(`${backbone}: ${l.name}/bias has shape [${bs}]`);
        }
        y = [outSize(x[0], k[0], s[0], c.padding), outSize(x[1], k[1], s[1], c.padding), outC];
        break;
      }
      case 'BatchNormalization': {
        if (!(c.axis === -1 || c.axis === 3 || (Array.isArray(c.axis) && c.axis.length === 1 && (c.axis[0] === -1 || c.axis[0] === 3)))) {
          fail(`${backbone}: ${l.name} normalises axis ${JSON.stringify(c.axis)}, expected the channel axis`);
        }
        for (const wn of expectedWeights(l)) {
          const ws = weightShapes.get(`${l.name}/${wn}`);
          if (JSON.stringify(ws) !== JSON.stringify([x[2]])) fail(`${backbone}: ${l.name}/${wn} has shape [${ws}], expected [${x[2]}]`);
        }
        y = x.slice();
        break;
      }
      case 'Activation':
      case 'ReLU':
        y = x.slice();
        break;
      case 'ZeroPadding2D': {
        const p = pickConfig(l).padding;
        y = [x[0] + p[0][0] + p[0][1], x[1] + p[1][0] + p[1][1], x[2]];
        break;
      }
      case 'MaxPooling2D':
      case 'AveragePooling2D': {
        const k = pair(c.pool_size);
        const s = pair(c.strides || c.pool_size);
        y = [outSize(x[0], k[0], s[0], c.padding), outSize(x[1], k[1], s[1], c.padding), x[2]];
        break;
      }
      case 'Concatenate': {
        if (!(c.axis === -1 || c.axis === 3)) fail(`${backbone}: ${l.name} concatenates on axis ${c.axis}`);
        for (const i of ins) if (i[0] !== x[0] || i[1] !== x[1]) fail(`${backbone}: ${l.name} joins mismatched sizes`);
        y = [x[0], x[1], ins.reduce((a, i) => a + i[2], 0)];
        break;
      }
      case 'Add':
        for (const i of ins) if (JSON.stringify(i) !== JSON.stringify(x)) fail(`${backbone}: ${l.name} adds mismatched shapes`);
        y = x.slice();
        break;
      default:
        fail(`${backbone}: layer ${l.name}: class ${l.class_name} is not supported`);
    }
    if (y[0] <= 0 || y[1] <= 0) fail(`${backbone}: input ${h}x${w} is too small (layer ${l.name} would be empty)`);
    shapes.set(l.name, y);
  }
  return shapes;
}

/**
 * Build the trunk of one backbone: the kept layers (validated), the tensors in
 * topological layer order, and the header metadata.
 */
function buildTrunk(pack, backbone) {
  const spec = BACKBONES[backbone];
  const { topology, weightSpecs, weightBytes } = pack.models[backbone];
  const mc = topology.model_config;
  if (!mc || !mc.config || !Array.isArray(mc.config.layers)) fail(`${backbone}: topology has no model_config.config.layers`);
  const layers = mc.config.layers;
  const { kept, listOrderIsTopological } = selectTrunk(layers, spec.end, backbone);
  const keptNames = new Set(kept.map((l) => l.name));
  for (const t of spec.taps) if (!keptNames.has(t)) fail(`${backbone}: tap ${t} is not an ancestor of ${spec.end}`);

  // Frozen check: every kept layer (except the input) must be trainable:false.
  const trainable = kept.filter((l) => l.class_name !== 'InputLayer' && l.config.trainable !== false).map((l) => l.name);
  if (trainable.length) fail(`${backbone}: kept layers are not frozen (trainable): ${trainable.join(', ')}`);
  if (kept[0].class_name !== 'InputLayer' || kept.filter((l) => l.class_name === 'InputLayer').length !== 1) {
    fail(`${backbone}: the trunk must start at exactly one InputLayer`);
  }

  const index = indexWeights(weightSpecs, weightBytes);
  const weightShapes = new Map(weightSpecs.map((w) => [w.name, w.shape]));
  const tensors = [];
  const used = new Set();
  let params = 0;
  for (const l of kept) {
    const names = expectedWeights(l).map((n) => `${l.name}/${n}`);
    const present = weightSpecs.filter((w) => w.name.startsWith(`${l.name}/`)).map((w) => w.name);
    const extra = present.filter((n) => !names.includes(n));
    const missing = names.filter((n) => !index.has(n));
    if (missing.length || extra.length) {
      fail(`${backbone}: layer ${l.name} weights do not match its config (missing: ${missing.join(', ') || '-'}; unexpected: ${extra.join(', ') || '-'})`);
    }
    for (const n of names) {
      const e = index.get(n);
      const data = dequantise(e, weightBytes);
      for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i])) fail(`${backbone}: ${n} has non-finite values`);
      tensors.push({ name: n, shape: e.spec.shape.slice(), data });
      used.add(n);
      params += data.length;
    }
  }
  const defaultSize = layers.find((l) => l.class_name === 'InputLayer').config.batch_input_shape.slice(1, 3);
  const shapesDefault = inferShapes(kept, defaultSize[0], defaultSize[1], weightShapes, backbone);
  const shapes256 = inferShapes(kept, 256, 256, weightShapes, backbone);

  const layerInfo = kept.map((l) => ({
    name: l.name,
    class_name: l.class_name,
    inbound: inboundNames(l),
    config: pickConfig(l),
  }));
  return {
    kept,
    layerInfo,
    tensors,
    params,
    listOrderIsTopological,
    defaultSize,
    tapChannels: spec.taps.map((t) => shapesDefault.get(t)[2]),
    tapShapes256: Object.fromEntries(spec.taps.map((t) => [t, shapes256.get(t)])),
    tapShapesDefault: Object.fromEntries(spec.taps.map((t) => [t, shapesDefault.get(t)])),
    endShapeDefault: shapesDefault.get(spec.end),
    weightSpecs,
  };
}

function licenseText(pack) {
  return (
    `${pack.license.trim()}\n\n` +
    `(The above is the MIT licence of the npm package ${PACKAGE_NAME}@${PACKAGE_VERSION}, from its LICENSE file.)\n` +
    'Note: the tensors in this file are only the frozen lower layers of the nsfwjs models ' +
    '(trainable:false in the bundled topology), i.e. the Keras Applications ImageNet weights of ' +
    'InceptionV3 / MobileNetV2 that nsfwjs was fine-tuned from (see the Keras Applications ' +
    'documentation for the terms of those pretrained weights), quantised to 8 bits by the nsfwjs ' +
    'authors and dequantised to float32 here.'
  );
}

function buildHeader(pack, backbone, trunk, tarballName) {
  const spec = BACKBONES[backbone];
  return {
    kind: 'teacher-weights',
    backbone,
    layout: 'keras',
    data_format: 'channels_last',
    source: {
      package: PACKAGE_NAME,
      version: PACKAGE_VERSION,
      tarball: tarballName,
      tarball_sha256: pack.sha256,
      files: `package/dist/models/${spec.dir}/model.min.js + group1-shard*.min.js`,
      quantization: 'uint8 affine per tensor, value = q * scale + min; stored here dequantised to float32',
      converter: `scripts/teachers/convert_nsfwjs.js v${CONVERTER_VERSION}`,
    },
    license: licenseText(pack),
    input: Object.assign({ size: trunk.defaultSize }, INPUT_SPEC),
    taps: spec.taps,
    tap_channels: trunk.tapChannels,
    end: spec.end,
    parameters: trunk.params,
    layers: trunk.layerInfo,
  };
}

function convert(tarball, outdir, log = console.log) {
  fs.mkdirSync(outdir, { recursive: true });
  const pack = openPackage(tarball);
  const results = {};
  try {
    for (const backbone of Object.keys(BACKBONES)) {
      const trunk = buildTrunk(pack, backbone);
      const header = buildHeader(pack, backbone, trunk, path.basename(tarball));
      const file = path.join(outdir, `${backbone}.mdda`);
      const bytes = archive.writeArchive(file, header, trunk.tensors);
      results[backbone] = { file, bytes, trunk };
      const taps = BACKBONES[backbone].taps.map((t) => `${t} ${trunk.tapShapes256[t].join('x')}`).join(', ');
      log(
        `${backbone}: ${trunk.kept.length} layers up to ${BACKBONES[backbone].end}, ${trunk.tensors.length} tensors, ` +
          `${trunk.params} parameters -> ${file} (${bytes} bytes); taps at 256x256: ${taps}`,
      );
    }
  } finally {
    pack.cleanup();
  }
  return results;
}

module.exports = {
  CONVERTER_VERSION,
  PACKAGE_NAME,
  PACKAGE_VERSION,
  BACKBONES,
  INPUT_SPEC,
  sha256File,
  loadUmd,
  openPackage,
  indexWeights,
  dequantise,
  selectTrunk,
  inboundNames,
  inferShapes,
  buildTrunk,
  convert,
};

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--version') {
    console.log(CONVERTER_VERSION);
    process.exit(0);
  }
  if (args.length !== 2 || args[0].startsWith('-')) {
    console.error('usage: node convert_nsfwjs.js TARBALL OUTDIR\n' +
      `  TARBALL: ${PACKAGE_NAME}-${PACKAGE_VERSION}.tgz (from \`npm pack ${PACKAGE_NAME}@${PACKAGE_VERSION}\`)\n` +
      '  OUTDIR:  folder for inception_v3.mdda and mobilenet_v2.mdda\n' +
      'Normally run through scripts/teachers/fetch_teachers.sh OUTDIR.');
    process.exit(2);
  }
  try {
    convert(args[0], args[1]);
  } catch (err) {
    console.error(`convert_nsfwjs.js: error: ${err.userFacing ? err.message : err.stack}`);
    process.exit(1);
  }
}
