#!/usr/bin/env node
'use strict';
// TF.js reference fixtures for the C++ teacher networks.
//
//   cd scripts/teachers && npm ci     (once; installs the pinned @tensorflow/tfjs, pure JS)
//   node scripts/teachers/make_tfjs_fixtures.js [--teachers DIR] [--out DIR]
//
// --teachers: the folder fetch_teachers.sh filled (default build/teachers). The nsfwjs
//             tarball is read from DIR/cache; DIR/<backbone>.mdda, when present, is
//             compared bit for bit with the weights TF.js decodes itself.
// --out:      where the fixtures go (default tests/fixtures/teachers).
//
// For each backbone, TF.js builds the frozen trunk straight from the package's own
// files (the bundled topology cut after the trunk end, the original uint8 weights,
// which TF.js dequantises itself), runs it on a fixed synthetic image and writes
// <backbone>_taps.mdda (kind "fixture"): tensor "input" (1xHxWx3 NHWC float32, raw
// pixel values 0..255 BEFORE preprocessing) and one NHWC float32 tensor per output
// layer, exactly as TF.js returns it (input preprocessed as x/127.5-1).

const fs = require('fs');
const path = require('path');
const archive = require('./tensor_archive.js');
const conv = require('./convert_nsfwjs.js');

const REPO = path.resolve(__dirname, '..', '..');
const TFJS_VERSION = '4.22.0';
const INPUT_H = 128;
const INPUT_W = 128;

// Outputs recorded per backbone: the taps, plus the trunk end when it is not a tap.
const FIXTURES = {
  inception_v3: { outputs: ['activation_5', 'mixed2', 'mixed4'] },
  mobilenet_v2: { outputs: ['block_2_add', 'block_5_add', 'block_9_add', 'block_10_project_BN'] },
};

const INPUT_FORMULA =
  'input[0,y,x,c] = round(127.5 + 127.5 * sin(0.09*x*(1+0.25*c) + 0.05*y + 1.3*c) * cos(0.04*x - 0.11*y + 0.7*c)), ' +
  'y = row 0..H-1, x = column 0..W-1, c = channel 0..2 (R,G,B); float64 maths, round half up, stored as float32';

function makeInput(h, w) {
  const out = new Float32Array(h * w * 3);
  let i = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let c = 0; c < 3; c++) {
        const v = 127.5 + 127.5 * Math.sin(0.09 * x * (1 + 0.25 * c) + 0.05 * y + 1.3 * c) * Math.cos(0.04 * x - 0.11 * y + 0.7 * c);
        out[i++] = Math.min(255, Math.max(0, Math.round(v)));
      }
    }
  }
  return out;
}

function parseArgs(argv) {
  const opts = { teachers: path.join(REPO, 'build', 'teachers'), out: path.join(REPO, 'tests', 'fixtures', 'teachers') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((a === '--teachers' || a === '--out') && i + 1 < argv.length) opts[a.slice(2)] = path.resolve(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node make_tfjs_fixtures.js [--teachers DIR] [--out DIR]');
      process.exit(0);
    } else {
      console.error(`make_tfjs_fixtures.js: unknown argument ${a}\nusage: node make_tfjs_fixtures.js [--teachers DIR] [--out DIR]`);
      process.exit(2);
    }
  }
  return opts;
}

function loadTf() {
  let tf;
  try {
    tf = require('@tensorflow/tfjs');
  } catch (err) {
    throw Object.assign(new Error(
      '@tensorflow/tfjs is not installed. Run `npm ci` (or `npm install`) in scripts/teachers first ' +
      `(it installs @tensorflow/tfjs@${TFJS_VERSION}, pure JavaScript, into scripts/teachers/node_modules).`,
    ), { userFacing: true });
  }
  if (tf.version.tfjs !== TFJS_VERSION) {
    throw Object.assign(new Error(`@tensorflow/tfjs ${tf.version.tfjs} is installed, ${TFJS_VERSION} is pinned; run \`npm ci\` in scripts/teachers`), { userFacing: true });
  }
  return tf;
}

/** The package topology cut to the kept trunk, with a free-size input and the given outputs. */
function truncatedArtifacts(pack, backbone, trunk, outputs) {
  const { topology, weightSpecs, weightBytes } = pack.models[backbone];
  const keptNames = new Set(trunk.kept.map((l) => l.name));
  const layers = JSON.parse(JSON.stringify(trunk.kept));
  const input = layers[0];
  input.config.batch_input_shape = [null, INPUT_H, INPUT_W, input.config.batch_input_shape[3]];
  const modelTopology = {
    keras_version: topology.keras_version,
    backend: topology.backend,
    model_config: {
      class_name: topology.model_config.class_name,
      config: {
        name: `${backbone}_trunk`,
        layers,
        input_layers: [[input.name, 0, 0]],
        output_layers: outputs.map((n) => [n, 0, 0]),
      },
    },
  };
  // The original (quantised) bytes of the kept weights, in manifest order.
  const index = conv.indexWeights(weightSpecs, weightBytes);
  const specs = [];
  const chunks = [];
  for (const w of weightSpecs) {
    if (!keptNames.has(w.name.split('/')[0])) continue;
    const e = index.get(w.name);
    specs.push(w);
    chunks.push(weightBytes.subarray(e.offset, e.offset + e.nbytes));
  }
  const data = Buffer.concat(chunks);
  const weightData = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  return { modelTopology, weightSpecs: specs, weightData, format: 'layers-model' };
}

/** Compare TF.js's decoded weights with the converter's .mdda bit for bit. */
function compareWithArchive(model, mddaFile) {
  const arc = archive.readArchive(mddaFile);
  let compared = 0;
  const problems = [];
  const seen = new Set();
  for (const w of model.weights) {
    const name = w.originalName || w.name;
    const t = arc.tensors.get(name);
    seen.add(name);
    if (!t) {
      problems.push(`${name}: missing from ${mddaFile}`);
      continue;
    }
    const v = w.read().dataSync();
    if (JSON.stringify(w.shape) !== JSON.stringify(t.shape) || v.length !== t.data.length) {
      problems.push(`${name}: shape [${w.shape}] vs [${t.shape}]`);
      continue;
    }
    const a = new Uint32Array(v.buffer, v.byteOffset, v.length);
    const b = new Uint32Array(t.data.buffer, t.data.byteOffset, t.data.length);
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
    if (diff) problems.push(`${name}: ${diff} values differ`);
    compared++;
  }
  for (const n of arc.tensors.keys()) if (!seen.has(n)) problems.push(`${n}: in ${mddaFile} but not in the TF.js model`);
  return { compared, problems, header: arc.header };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const tf = loadTf();
  await tf.setBackend('cpu');
  await tf.ready();
  const tarball = path.join(opts.teachers, 'cache', `${conv.PACKAGE_NAME}-${conv.PACKAGE_VERSION}.tgz`);
  if (!fs.existsSync(tarball)) {
    throw Object.assign(new Error(`${tarball} not found; run scripts/teachers/fetch_teachers.sh ${opts.teachers} first`), { userFacing: true });
  }
  fs.mkdirSync(opts.out, { recursive: true });
  const pack = conv.openPackage(tarball);
  try {
    for (const [backbone, fx] of Object.entries(FIXTURES)) {
      const trunk = conv.buildTrunk(pack, backbone);
      const artifacts = truncatedArtifacts(pack, backbone, trunk, fx.outputs);
      const model = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
      let weightCheck = 'not compared (no .mdda found)';
      const mdda = path.join(opts.teachers, `${backbone}.mdda`);
      if (fs.existsSync(mdda)) {
        const cmp = compareWithArchive(model, mdda);
        if (cmp.problems.length) {
          throw Object.assign(new Error(`${backbone}: TF.js weights differ from ${mdda}:\n  ${cmp.problems.slice(0, 20).join('\n  ')}`), { userFacing: true });
        }
        weightCheck = `all ${cmp.compared} tensors bit-identical to ${backbone}.mdda (converter v${conv.CONVERTER_VERSION})`;
      }
      const input = makeInput(INPUT_H, INPUT_W);
      const t0 = Date.now();
      const outs = tf.tidy(() => {
        const x = tf.tensor4d(input, [1, INPUT_H, INPUT_W, 3]).div(127.5).sub(1);
        const y = model.predict(x);
        return Array.isArray(y) ? y : [y];
      });
      const ms = Date.now() - t0;
      const tensors = [{ name: 'input', shape: [1, INPUT_H, INPUT_W, 3], data: input }];
      const shapes = {};
      outs.forEach((o, i) => {
        const data = o.dataSync().slice();
        for (let j = 0; j < data.length; j++) {
          if (!Number.isFinite(data[j])) throw new Error(`${backbone}: ${fx.outputs[i]} has non-finite values`);
        }
        tensors.push({ name: fx.outputs[i], shape: o.shape.slice(), data });
        shapes[fx.outputs[i]] = o.shape.slice();
      });
      tf.dispose(outs);
      const header = {
        kind: 'fixture',
        generator:
          `scripts/teachers/make_tfjs_fixtures.js: @tensorflow/tfjs ${tf.version.tfjs} (${tf.getBackend()} backend) running ` +
          `the ${conv.PACKAGE_NAME}@${conv.PACKAGE_VERSION} ${backbone} trunk on a synthetic ${INPUT_H}x${INPUT_W} RGB image`,
        tfjs_version: tf.version.tfjs,
        tfjs_backend: tf.getBackend(),
        backbone,
        layout: 'NHWC',
        input: {
          tensor: 'input',
          size: [INPUT_H, INPUT_W],
          formula: INPUT_FORMULA,
          preprocess: 'x/127.5-1',
          preprocess_note: 'the generator feeds tf.div(input, 127.5).sub(1) in float32 to the network; "input" holds the raw 0..255 values',
          channel_order: 'RGB',
        },
        taps: conv.BACKBONES[backbone].taps,
        outputs: fx.outputs,
        output_shapes: shapes,
        weights: {
          source: `${conv.PACKAGE_NAME}@${conv.PACKAGE_VERSION}`,
          tarball_sha256: pack.sha256,
          decoded_by: 'TF.js from the package\'s uint8 weights (q * scale + min)',
          check: weightCheck,
        },
      };
      const file = path.join(opts.out, `${backbone}_taps.mdda`);
      const bytes = archive.writeArchive(file, header, tensors);
      console.log(
        `${backbone}: ${weightCheck}; forward ${ms} ms; ` +
          `${fx.outputs.map((n) => `${n} ${shapes[n].join('x')}`).join(', ')} -> ${path.relative(REPO, file)} (${bytes} bytes)`,
      );
      model.dispose();
    }
  } finally {
    pack.cleanup();
  }
}

main().catch((err) => {
  console.error(`make_tfjs_fixtures.js: error: ${err.userFacing ? err.message : err.stack}`);
  process.exit(1);
});
