#!/usr/bin/env node
'use strict';
// Check the teacher archives and fixtures:
//
//   node scripts/teachers/check_archives.js [--teachers DIR] [--fixtures DIR]
//
// 1. Re-reads every .mdda in both folders with tensor_archive.js (magic, version,
//    header CRC, JSON, tensor bounds, data length, data CRC) and checks the layout
//    rules of docs/FORMATS.md (64-byte alignment, header order, no overlap).
// 2. For each backbone with both <backbone>.mdda and <backbone>_taps.mdda, runs an
//    independent plain-JavaScript forward pass driven only by the archive header's
//    "layers" description and compares it with the TF.js outputs in the fixture.
//    This proves that the header carries everything a re-implementation needs.
// Defaults: build/teachers and tests/fixtures/teachers. Exit status 1 on any failure.

const fs = require('fs');
const path = require('path');
const archive = require('./tensor_archive.js');

const REPO = path.resolve(__dirname, '..', '..');
const REL_TOL = 1e-4; // max |ref - tfjs| / max |tfjs| per output

function parseArgs(argv) {
  const o = { teachers: path.join(REPO, 'build', 'teachers'), fixtures: path.join(REPO, 'tests', 'fixtures', 'teachers') };
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '--teachers' || argv[i] === '--fixtures') && i + 1 < argv.length) o[argv[i].slice(2)] = path.resolve(argv[++i]);
    else {
      console.error('usage: node check_archives.js [--teachers DIR] [--fixtures DIR]');
      process.exit(2);
    }
  }
  return o;
}

function checkLayout(file, arc) {
  const buf = fs.readFileSync(file);
  const H = Number(buf.readBigUInt64LE(16));
  const D = archive.align64(24 + H);
  if (D !== arc.dataOffset) throw new Error(`${file}: data offset ${arc.dataOffset} != align64(24+H)=${D}`);
  for (let i = 24 + H; i < D; i++) if (buf[i] !== 0) throw new Error(`${file}: header padding byte ${i} is not zero`);
  let end = 0;
  for (const t of arc.header.tensors) {
    if (t.offset % 64) throw new Error(`${file}: tensor ${t.name} offset ${t.offset} not 64-aligned`);
    if (t.offset < end) throw new Error(`${file}: tensor ${t.name} overlaps the previous one`);
    for (let i = end; i < t.offset; i++) if (buf[D + i] !== 0) throw new Error(`${file}: padding before ${t.name} is not zero`);
    end = t.offset + t.nbytes;
  }
  if (end !== arc.header.data_bytes) throw new Error(`${file}: data section has ${arc.header.data_bytes - end} trailing bytes`);
}

// ------------------------------------------------------------ reference forward (NHWC, batch 1)
// A feature map is {h, w, c, d: Float32Array(h*w*c)}.

function samePad(n, k, s) {
  const out = Math.ceil(n / s);
  const total = Math.max((out - 1) * s + k - n, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2), out];
}

function geometry(x, k, s, padding) {
  if (padding === 'valid') {
    return { ph: 0, pw: 0, oh: Math.floor((x.h - k[0]) / s[0]) + 1, ow: Math.floor((x.w - k[1]) / s[1]) + 1 };
  }
  if (padding !== 'same') throw new Error(`padding ${padding}`);
  const [ph, , oh] = samePad(x.h, k[0], s[0]);
  const [pw, , ow] = samePad(x.w, k[1], s[1]);
  return { ph, pw, oh, ow };
}

function conv2d(x, K, kshape, cfg) {
  const [kh, kw, ci, co] = kshape;
  if (ci !== x.c) throw new Error('conv input channels');
  const s = cfg.strides;
  const g = geometry(x, [kh, kw], s, cfg.padding);
  const out = new Float32Array(g.oh * g.ow * co);
  const acc = new Float64Array(co);
  for (let oy = 0; oy < g.oh; oy++) {
    for (let ox = 0; ox < g.ow; ox++) {
      acc.fill(0);
      for (let ky = 0; ky < kh; ky++) {
        const iy = oy * s[0] - g.ph + ky;
        if (iy < 0 || iy >= x.h) continue;
        for (let kx = 0; kx < kw; kx++) {
          const ix = ox * s[1] - g.pw + kx;
          if (ix < 0 || ix >= x.w) continue;
          const xb = (iy * x.w + ix) * ci;
          const kb = (ky * kw + kx) * ci * co;
          for (let i = 0; i < ci; i++) {
            const v = x.d[xb + i];
            if (v === 0) continue;
            const kr = kb + i * co;
            for (let o = 0; o < co; o++) acc[o] += v * K[kr + o];
          }
        }
      }
      out.set(acc, (oy * g.ow + ox) * co);
    }
  }
  return { h: g.oh, w: g.ow, c: co, d: out };
}

function depthwise(x, K, kshape, cfg) {
  const [kh, kw, c, m] = kshape;
  const s = cfg.strides;
  const g = geometry(x, [kh, kw], s, cfg.padding);
  const co = c * m;
  const out = new Float32Array(g.oh * g.ow * co);
  for (let oy = 0; oy < g.oh; oy++) {
    for (let ox = 0; ox < g.ow; ox++) {
      const ob = (oy * g.ow + ox) * co;
      for (let ch = 0; ch < c; ch++) {
        for (let j = 0; j < m; j++) {
          let a = 0;
          for (let ky = 0; ky < kh; ky++) {
            const iy = oy * s[0] - g.ph + ky;
            if (iy < 0 || iy >= x.h) continue;
            for (let kx = 0; kx < kw; kx++) {
              const ix = ox * s[1] - g.pw + kx;
              if (ix < 0 || ix >= x.w) continue;
              a += x.d[(iy * x.w + ix) * c + ch] * K[((ky * kw + kx) * c + ch) * m + j];
            }
          }
          out[ob + ch * m + j] = a;
        }
      }
    }
  }
  return { h: g.oh, w: g.ow, c: co, d: out };
}

function pool(x, cfg, isMax) {
  const k = cfg.pool_size;
  const s = cfg.strides || cfg.pool_size;
  const g = geometry(x, k, s, cfg.padding);
  const out = new Float32Array(g.oh * g.ow * x.c);
  for (let oy = 0; oy < g.oh; oy++) {
    for (let ox = 0; ox < g.ow; ox++) {
      for (let ch = 0; ch < x.c; ch++) {
        let a = isMax ? -Infinity : 0;
        let n = 0;
        for (let ky = 0; ky < k[0]; ky++) {
          const iy = oy * s[0] - g.ph + ky;
          if (iy < 0 || iy >= x.h) continue;
          for (let kx = 0; kx < k[1]; kx++) {
            const ix = ox * s[1] - g.pw + kx;
            if (ix < 0 || ix >= x.w) continue;
            const v = x.d[(iy * x.w + ix) * x.c + ch];
            if (isMax) a = Math.max(a, v);
            else a += v;
            n++;
          }
        }
        out[(oy * g.ow + ox) * x.c + ch] = isMax ? a : a / n; // average excludes padding
      }
    }
  }
  return { h: g.oh, w: g.ow, c: x.c, d: out };
}

function forward(header, weights, input) {
  const get = (n) => {
    const t = weights.get(n);
    if (!t) throw new Error(`weight ${n} missing`);
    return t;
  };
  const maps = new Map();
  for (const l of header.layers) {
    const c = l.config;
    const ins = l.inbound.map((n) => maps.get(n));
    const x = ins[0];
    let y;
    switch (l.class_name) {
      case 'InputLayer':
        y = input;
        break;
      case 'Conv2D': {
        const k = get(`${l.name}/kernel`);
        y = conv2d(x, k.data, k.shape, c);
        if (c.use_bias) {
          const b = get(`${l.name}/bias`).data;
          for (let i = 0; i < y.d.length; i++) y.d[i] += b[i % y.c];
        }
        if (c.activation !== 'linear') throw new Error(`${l.name}: fused activation ${c.activation}`);
        break;
      }
      case 'DepthwiseConv2D': {
        const k = get(`${l.name}/depthwise_kernel`);
        y = depthwise(x, k.data, k.shape, c);
        if (c.use_bias || c.activation !== 'linear') throw new Error(`${l.name}: bias/activation not expected`);
        break;
      }
      case 'BatchNormalization': {
        const mean = get(`${l.name}/moving_mean`).data;
        const vr = get(`${l.name}/moving_variance`).data;
        const gamma = c.scale ? get(`${l.name}/gamma`).data : null;
        const beta = c.center ? get(`${l.name}/beta`).data : null;
        const mul = new Float64Array(x.c);
        const add = new Float64Array(x.c);
        for (let ch = 0; ch < x.c; ch++) {
          mul[ch] = (gamma ? gamma[ch] : 1) / Math.sqrt(vr[ch] + c.epsilon);
          add[ch] = (beta ? beta[ch] : 0) - mean[ch] * mul[ch];
        }
        const d = new Float32Array(x.d.length);
        for (let i = 0; i < d.length; i++) d[i] = x.d[i] * mul[i % x.c] + add[i % x.c];
        y = { h: x.h, w: x.w, c: x.c, d };
        break;
      }
      case 'Activation': {
        if (c.activation !== 'relu') throw new Error(`${l.name}: activation ${c.activation}`);
        y = { h: x.h, w: x.w, c: x.c, d: x.d.map((v) => (v > 0 ? v : 0)) };
        break;
      }
      case 'ReLU': {
        if (c.negative_slope !== 0 || c.threshold !== 0) throw new Error(`${l.name}: leaky/threshold ReLU`);
        const mx = c.max_value == null ? Infinity : c.max_value;
        y = { h: x.h, w: x.w, c: x.c, d: x.d.map((v) => Math.min(Math.max(v, 0), mx)) };
        break;
      }
      case 'ZeroPadding2D': {
        const [[t, b], [lft, r]] = c.padding;
        const h = x.h + t + b;
        const w = x.w + lft + r;
        const d = new Float32Array(h * w * x.c);
        for (let iy = 0; iy < x.h; iy++) d.set(x.d.subarray(iy * x.w * x.c, (iy + 1) * x.w * x.c), ((iy + t) * w + lft) * x.c);
        y = { h, w, c: x.c, d };
        break;
      }
      case 'MaxPooling2D':
        y = pool(x, c, true);
        break;
      case 'AveragePooling2D':
        y = pool(x, c, false);
        break;
      case 'Concatenate': {
        const C = ins.reduce((a, i) => a + i.c, 0);
        const d = new Float32Array(x.h * x.w * C);
        for (let p = 0; p < x.h * x.w; p++) {
          let o = p * C;
          for (const i of ins) {
            d.set(i.d.subarray(p * i.c, (p + 1) * i.c), o);
            o += i.c;
          }
        }
        y = { h: x.h, w: x.w, c: C, d };
        break;
      }
      case 'Add': {
        const d = new Float32Array(x.d.length);
        for (const i of ins) for (let j = 0; j < d.length; j++) d[j] += i.d[j];
        y = { h: x.h, w: x.w, c: x.c, d };
        break;
      }
      default:
        throw new Error(`layer class ${l.class_name} not handled`);
    }
    maps.set(l.name, y);
  }
  return maps;
}

function compareBackbone(teacherFile, fixtureFile) {
  const teacher = archive.readArchive(teacherFile);
  const fixture = archive.readArchive(fixtureFile);
  const inp = fixture.tensors.get('input');
  const [, h, w, c] = inp.shape;
  const pre = new Float32Array(inp.data.length);
  for (let i = 0; i < pre.length; i++) pre[i] = Math.fround(Math.fround(inp.data[i] / 127.5) - 1);
  const t0 = Date.now();
  const maps = forward(teacher.header, teacher.tensors, { h, w, c, d: pre });
  const ms = Date.now() - t0;
  const lines = [];
  let ok = true;
  for (const name of fixture.header.outputs) {
    const ref = fixture.tensors.get(name);
    const got = maps.get(name);
    const shape = [1, got.h, got.w, got.c];
    if (JSON.stringify(shape) !== JSON.stringify(ref.shape)) {
      lines.push(`${name}: shape ${shape} vs fixture ${ref.shape}`);
      ok = false;
      continue;
    }
    let maxAbs = 0;
    let maxDiff = 0;
    for (let i = 0; i < ref.data.length; i++) {
      maxAbs = Math.max(maxAbs, Math.abs(ref.data[i]));
      maxDiff = Math.max(maxDiff, Math.abs(ref.data[i] - got.d[i]));
    }
    const rel = maxDiff / maxAbs;
    if (!(rel <= REL_TOL)) ok = false;
    lines.push(`${name} ${ref.shape.join('x')}: max|diff| ${maxDiff.toExponential(2)} (max|tfjs| ${maxAbs.toFixed(3)}, rel ${rel.toExponential(2)})`);
  }
  return { ok, ms, lines };
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  let failures = 0;
  let passed = 0;
  const byName = new Map();
  for (const dir of [o.teachers, o.fixtures]) {
    if (!fs.existsSync(dir)) {
      console.log(`skip ${dir} (missing)`);
      continue;
    }
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.mdda')).sort()) {
      const file = path.join(dir, f);
      try {
        const arc = archive.readArchive(file);
        checkLayout(file, arc);
        const h = arc.header;
        console.log(`ok   ${path.relative(REPO, file)}: kind ${h.kind}, ${h.tensors.length} tensors, ${h.data_bytes} data bytes, data_crc32 ${h.data_crc32.toString(16).padStart(8, '0')}`);
        byName.set(f, file);
        passed++;
      } catch (err) {
        console.log(`FAIL ${file}: ${err.message}`);
        failures++;
      }
    }
  }
  for (const b of ['inception_v3', 'mobilenet_v2']) {
    const tf = byName.get(`${b}.mdda`);
    const ff = byName.get(`${b}_taps.mdda`);
    if (!tf || !ff) {
      console.log(`skip ${b} forward check (needs ${b}.mdda and ${b}_taps.mdda)`);
      continue;
    }
    const r = compareBackbone(tf, ff);
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${b}: plain-JS forward from the archive header vs TF.js fixture (${r.ms} ms)`);
    for (const l of r.lines) console.log(`       ${l}`);
    if (r.ok) passed++;
    else failures++;
  }
  console.log(`${passed} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main();
