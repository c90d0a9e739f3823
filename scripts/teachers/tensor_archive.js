'use strict';
// Tensor archive (.mdda) writer and reader, as specified in docs/FORMATS.md.
//
// Layout (all integers little-endian):
//   0   8  magic "MDDARCH1"
//   8   4  u32 container version (1)
//   12  4  u32 CRC-32 (IEEE, zlib's crc32) of the H header bytes
//   16  8  u64 header length H
//   24  H  UTF-8 JSON header
//   ..     zero padding up to D = align64(24 + H)
//   D  ... tensor data, each tensor at a multiple of 64 relative to D,
//          zero bytes between tensors, no padding after the last one.
//
// The JSON header always carries "kind", "tensors" ([{name, dtype, shape,
// offset, nbytes}], offsets relative to D), "data_crc32" and "data_bytes".
// Everything else belongs to the kind and is passed through untouched.
//
// Node 20 has no zlib.crc32, so CRC-32 is implemented here (table driven).

const fs = require('fs');
const os = require('os');
const path = require('path');

const MAGIC = Buffer.from('MDDARCH1', 'ascii');
const VERSION = 1;
const FIXED = 24;
const ALIGN = 64;

const DTYPES = {
  float32: { size: 4, array: Float32Array },
  int64: { size: 8, array: BigInt64Array },
  uint8: { size: 1, array: Uint8Array },
};

// ---------------------------------------------------------------- CRC-32
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Incremental CRC-32 (IEEE 802.3, same as zlib's crc32). */
function crc32Update(crc, bytes) {
  let c = (crc ^ 0xffffffff) >>> 0;
  const t = CRC_TABLE;
  for (let i = 0, n = bytes.length; i < n; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** CRC-32 of a Buffer/Uint8Array; crc32(Buffer.from('123456789')) === 0xcbf43926. */
function crc32(bytes) {
  return crc32Update(0, bytes);
}

function align64(n) {
  return Math.ceil(n / ALIGN) * ALIGN;
}

function checkLittleEndian() {
  if (os.endianness() !== 'LE') {
    throw new Error('tensor_archive.js: this host is big-endian; the .mdda writer/reader assumes a little-endian host');
  }
}

function bytesOf(data) {
  if (Buffer.isBuffer(data)) return data;
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw new Error('tensor data must be a TypedArray or Buffer');
}

function dtypeOf(data) {
  if (data instanceof Float32Array) return 'float32';
  if (data instanceof BigInt64Array) return 'int64';
  if (data instanceof Uint8Array || Buffer.isBuffer(data)) return 'uint8';
  throw new Error('unsupported tensor array type (use Float32Array, BigInt64Array or Uint8Array)');
}

/**
 * Build the bytes of an archive.
 * @param {object} meta  header fields owned by the kind; must contain "kind".
 *                       Must not contain "tensors", "data_crc32", "data_bytes".
 * @param {Array<{name:string, shape:number[], data:TypedArray, dtype?:string}>} tensors
 * @returns {Buffer}
 */
function encodeArchive(meta, tensors) {
  checkLittleEndian();
  if (!meta || typeof meta.kind !== 'string' || !meta.kind) throw new Error('archive header needs a non-empty "kind"');
  for (const k of ['tensors', 'data_crc32', 'data_bytes']) {
    if (k in meta) throw new Error(`archive meta must not set "${k}" (the writer computes it)`);
  }
  const seen = new Set();
  const entries = [];
  let off = 0;
  for (const t of tensors) {
    if (!t.name || typeof t.name !== 'string') throw new Error('tensor without a name');
    if (seen.has(t.name)) throw new Error(`duplicate tensor name "${t.name}"`);
    seen.add(t.name);
    const dtype = t.dtype || dtypeOf(t.data);
    if (!DTYPES[dtype]) throw new Error(`tensor "${t.name}": unsupported dtype "${dtype}"`);
    if (dtype !== dtypeOf(t.data)) throw new Error(`tensor "${t.name}": dtype ${dtype} does not match its array type`);
    const shape = t.shape.map((d) => {
      if (!Number.isInteger(d) || d < 0) throw new Error(`tensor "${t.name}": bad dimension ${d}`);
      return d;
    });
    const count = shape.reduce((a, b) => a * b, 1);
    const bytes = bytesOf(t.data);
    if (bytes.length !== count * DTYPES[dtype].size) {
      throw new Error(`tensor "${t.name}": shape [${shape}] needs ${count * DTYPES[dtype].size} bytes, got ${bytes.length}`);
    }
    off = align64(off);
    entries.push({ name: t.name, dtype, shape, offset: off, nbytes: bytes.length, bytes });
    off += bytes.length;
  }
  const dataBytes = off;
  const data = Buffer.alloc(dataBytes); // zero-filled: padding is zero
  for (const e of entries) e.bytes.copy(data, e.offset);
  const header = Object.assign({}, meta, {
    tensors: entries.map((e) => ({ name: e.name, dtype: e.dtype, shape: e.shape, offset: e.offset, nbytes: e.nbytes })),
    data_crc32: crc32(data),
    data_bytes: dataBytes,
  });
  const hbytes = Buffer.from(JSON.stringify(header), 'utf8');
  const D = align64(FIXED + hbytes.length);
  const pre = Buffer.alloc(D);
  MAGIC.copy(pre, 0);
  pre.writeUInt32LE(VERSION, 8);
  pre.writeUInt32LE(crc32(hbytes), 12);
  pre.writeBigUInt64LE(BigInt(hbytes.length), 16);
  hbytes.copy(pre, FIXED);
  return Buffer.concat([pre, data]);
}

/** Write `buf` to `file` atomically: <file>.tmp-<pid>, fsync, rename, fsync the folder. */
function writeFileAtomic(file, buf) {
  const tmp = `${file}.tmp-${process.pid}`;
  let fd = null;
  try {
    fd = fs.openSync(tmp, 'w', 0o644);
    let done = 0;
    while (done < buf.length) done += fs.writeSync(fd, buf, done, buf.length - done);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, file);
  } catch (err) {
    if (fd !== null) {
      try { fs.closeSync(fd); } catch (_) { /* already failing */ }
    }
    try { fs.unlinkSync(tmp); } catch (_) { /* may not exist */ }
    throw new Error(`cannot write ${file}: ${err.message}`);
  }
  try {
    const dfd = fs.openSync(path.dirname(path.resolve(file)), 'r');
    try { fs.fsyncSync(dfd); } finally { fs.closeSync(dfd); }
  } catch (_) {
    // Folder fsync is best effort (not supported on every file system).
  }
}

/** Encode and atomically write an archive; returns the number of bytes written. */
function writeArchive(file, meta, tensors) {
  const buf = encodeArchive(meta, tensors);
  writeFileAtomic(file, buf);
  return buf.length;
}

class ArchiveError extends Error {
  constructor(code, file, msg) {
    super(`${file}: ${msg}`);
    this.code = code;
    this.file = file;
  }
}

/**
 * Parse and fully validate archive bytes. Each failure is a distinct ArchiveError code:
 * ETRUNC, EMAGIC, EVERSION, EHEADERCRC, EHEADERJSON, EHEADER, ETENSOR, EDATALEN, EDATACRC.
 * @returns {{version:number, header:object, dataOffset:number, tensors:Map<string,{dtype,shape,data}>}}
 */
function decodeArchive(buf, file = '<buffer>') {
  checkLittleEndian();
  if (buf.length < FIXED) throw new ArchiveError('ETRUNC', file, `truncated: ${buf.length} bytes, the fixed prefix alone is ${FIXED}`);
  if (!buf.subarray(0, 8).equals(MAGIC)) throw new ArchiveError('EMAGIC', file, 'not a tensor archive (bad magic, expected "MDDARCH1")');
  const version = buf.readUInt32LE(8);
  if (version !== VERSION) throw new ArchiveError('EVERSION', file, `unsupported container version ${version} (this reader knows ${VERSION})`);
  const hcrc = buf.readUInt32LE(12);
  const H = buf.readBigUInt64LE(16);
  if (H > BigInt(buf.length - FIXED)) throw new ArchiveError('ETRUNC', file, `truncated: header length ${H} exceeds the file`);
  const hlen = Number(H);
  const hbytes = buf.subarray(FIXED, FIXED + hlen);
  const got = crc32(hbytes);
  if (got !== hcrc) throw new ArchiveError('EHEADERCRC', file, `header CRC mismatch (stored ${hcrc}, computed ${got})`);
  let header;
  try {
    header = JSON.parse(hbytes.toString('utf8'));
  } catch (err) {
    throw new ArchiveError('EHEADERJSON', file, `header is not valid JSON: ${err.message}`);
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) throw new ArchiveError('EHEADERJSON', file, 'header is not a JSON object');
  if (typeof header.kind !== 'string') throw new ArchiveError('EHEADER', file, 'header has no "kind" string');
  if (!Array.isArray(header.tensors)) throw new ArchiveError('EHEADER', file, 'header has no "tensors" array');
  if (!Number.isInteger(header.data_bytes) || header.data_bytes < 0) throw new ArchiveError('EHEADER', file, 'header has no valid "data_bytes"');
  if (!Number.isInteger(header.data_crc32) || header.data_crc32 < 0 || header.data_crc32 > 0xffffffff) {
    throw new ArchiveError('EHEADER', file, 'header has no valid "data_crc32"');
  }
  const D = align64(FIXED + hlen);
  const dataLen = buf.length - D;
  if (dataLen !== header.data_bytes) {
    throw new ArchiveError('EDATALEN', file, `data section is ${dataLen} bytes, header says ${header.data_bytes}`);
  }
  const tensors = new Map();
  for (const t of header.tensors) {
    const what = `tensor ${JSON.stringify(t && t.name)}`;
    if (!t || typeof t.name !== 'string') throw new ArchiveError('ETENSOR', file, 'tensor entry without a name');
    if (!DTYPES[t.dtype]) throw new ArchiveError('ETENSOR', file, `${what}: unknown dtype ${JSON.stringify(t.dtype)}`);
    if (!Array.isArray(t.shape) || !t.shape.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new ArchiveError('ETENSOR', file, `${what}: bad shape`);
    }
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (!Number.isInteger(t.offset) || !Number.isInteger(t.nbytes) || t.offset < 0 || t.nbytes !== count * DTYPES[t.dtype].size) {
      throw new ArchiveError('ETENSOR', file, `${what}: offset/nbytes inconsistent with dtype and shape`);
    }
    if (t.offset + t.nbytes > header.data_bytes) throw new ArchiveError('ETENSOR', file, `${what}: lies outside the data section`);
    if (tensors.has(t.name)) throw new ArchiveError('ETENSOR', file, `${what}: duplicate name`);
    // Copy into a fresh ArrayBuffer so the typed array is aligned.
    const raw = new Uint8Array(t.nbytes);
    raw.set(buf.subarray(D + t.offset, D + t.offset + t.nbytes));
    const A = DTYPES[t.dtype].array;
    tensors.set(t.name, { dtype: t.dtype, shape: t.shape, data: new A(raw.buffer, 0, count) });
  }
  const dcrc = crc32(buf.subarray(D));
  if (dcrc !== header.data_crc32) throw new ArchiveError('EDATACRC', file, `data CRC mismatch (stored ${header.data_crc32}, computed ${dcrc})`);
  return { version, header, dataOffset: D, tensors };
}

/** Read and validate an archive file. */
function readArchive(file) {
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch (err) {
    throw new ArchiveError('EREAD', file, `cannot read: ${err.message}`);
  }
  return decodeArchive(buf, file);
}

module.exports = {
  MAGIC,
  VERSION,
  crc32,
  crc32Update,
  align64,
  encodeArchive,
  decodeArchive,
  writeArchive,
  writeFileAtomic,
  readArchive,
  ArchiveError,
};
