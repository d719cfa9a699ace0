// SPDX-License-Identifier: Apache-2.0
// zlib (Python 2.7) on the system zlib: compress/decompress, the streaming
// Compress and Decompress objects, crc32/adler32 and the constants.
//
// The bytes produced depend only on zlib and on the sequence of
// deflate()/inflate() calls with their flush modes and buffer limits, so
// each function here makes the same calls 2.7's zlibmodule does (same
// initial buffer of 16 KiB, doubled while full, Z_SYNC_FLUSH for
// Decompress.decompress, Z_FINISH for the one-shot decompress). Errors go
// through zlib_error(), which words them as 2.7: "Error -3 while
// decompressing data: incorrect header check", falling back to 2.7's own
// texts when zlib leaves no message.
//
// Memory: a z_stream lives inside its GC object, and zlib's internal state
// is allocated on the GC heap through zalloc (the state struct scanned, as
// it points to the window and buffers), so no finalizer is needed; zfree
// frees eagerly because zlib owns those blocks. Each object has a lock byte: 2.7 locks a
// stream during a call, and pytrans has no GIL.
//
// After a stream ends (Compress.flush(Z_FINISH), Decompress.flush() at the
// end of the data) 2.7 ends the zlib stream but keeps the object; later
// calls reach zlib with no state and fail with Z_STREAM_ERROR ("Error -2
// ... inconsistent stream state"), and copy() raises ValueError.
#include <gc.h>
#include <zlib.h>

#include <climits>
#include <string>

#include "core/objlock.h"
#include "support.h"

namespace pytrans::rt {
namespace {

constexpr size_t kDefaultAlloc = 16 * 1024;

Value g_error;
Type CompressType, DecompressType;

struct ZStreamObject : Object {
  z_stream zst;
  bool initialised;
  uint8_t lock;
  Value unused_data;      // Decompress only
  Value unconsumed_tail;  // Decompress only
};

// zlib allocates its state struct (which points to the other blocks) as one
// item of the struct's size, and its window, hash chains and pending
// buffer as arrays of 1-, 2- or 4-byte elements. An array whose elements
// are smaller than a pointer cannot hold pointers: it is allocated atomic
// (not scanned, not zeroed), which keeps a Compress object's ~270 KB of
// buffers out of the collector's marking and zeroing.
voidpf z_alloc(voidpf, uInt items, uInt size) {
  size_t n = static_cast<size_t>(items) * size;
  return size < sizeof(void*) ? GC_MALLOC_ATOMIC(n) : GC_MALLOC(n);
}
void z_free(voidpf, voidpf p) { GC_FREE(p); }

void stream_prepare(z_stream* z) {
  z->zalloc = z_alloc;
  z->zfree = z_free;
  z->opaque = Z_NULL;
  z->next_in = Z_NULL;
  z->avail_in = 0;
}

[[noreturn]] void zlib_error(const z_stream& z, int err, const char* what) {
  const char* zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : z.msg;
  if (!zmsg) {
    if (err == Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
    else if (err == Z_STREAM_ERROR) zmsg = "inconsistent stream state";
    else if (err == Z_DATA_ERROR) zmsg = "invalid input data";
  }
  std::string text = "Error " + std::to_string(err) + " " + what;
  if (zmsg) text += ": " + std::string(zmsg).substr(0, 200);
  raise(call(g_error, stdlib::str_val(text)));
}

// The "i" format: a C int, with 2.7's messages.
int int_arg(Value v) {
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  if (!stdlib::is_intlike(v)) raise_type_error("an integer is required");
  int64_t x = stdlib::to_i64(v);
  if (x > INT_MAX) raise_overflow("signed integer is greater than maximum");
  if (x < INT_MIN) raise_overflow("signed integer is less than minimum");
  return static_cast<int>(x);
}

// The "n" format (Py_ssize_t).
int64_t ssize_arg(Value v) {
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  if (!stdlib::is_intlike(v)) raise_type_error("an integer is required");
  return stdlib::to_i64(v);
}

ZStreamObject* stream_of(Value v, Type* t) {
  if (v.is_small_int() || type_of(v) != t)
    raise_type_error("descriptor requires a '%s' object but received a '%s'", t->name, type_name(v));
  return v.as<ZStreamObject>();
}

// Output buffer that grows by doubling, as 2.7's resize loops do. It is
// atomic GC memory (bytes only, not zeroed); result() copies the bytes
// written since construction into a str.
struct OutBuf {
  char* data;
  size_t size;
  uLong start_total;
  z_stream* z;

  OutBuf(z_stream* zs, size_t length)
      : data(static_cast<char*>(gc_alloc_atomic(length))), size(length), start_total(zs->total_out), z(zs) {
    z->next_out = reinterpret_cast<Bytef*>(data);
    z->avail_out = static_cast<uInt>(length);
  }
  // Doubles the buffer (capped at `cap` if nonzero) and points zlib at the new room.
  void grow(size_t cap = 0) {
    size_t old = size;
    size = old << 1;
    if (cap && size > cap) size = cap;
    data = static_cast<char*>(gc_realloc(data, size));
    z->next_out = reinterpret_cast<Bytef*>(data + old);
    z->avail_out = static_cast<uInt>(size - old);
  }
  Value result() const { return stdlib::str_val(std::string_view(data, z->total_out - start_total)); }
};

// ---- module functions ----

Value zlib_adler32(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("adler32", kw);
  stdlib::arg_count("adler32", nargs, 1, 2);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(args[0], "adler32", 1, false, scratch);
  uLong v = nargs > 1 ? stdlib::to_u32_mask(args[1]) : 1;
  v = adler32(v, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size()));
  return make_int(static_cast<int32_t>(static_cast<uint32_t>(v)));
}

Value zlib_compress(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("compress", kw);
  stdlib::arg_count("compress", nargs, 1, 2);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(args[0], "compress", 1, false, scratch);
  int level = nargs > 1 ? int_arg(args[1]) : Z_DEFAULT_COMPRESSION;
  z_stream z{};
  stream_prepare(&z);
  int err = deflateInit(&z, level);
  if (err == Z_MEM_ERROR) raise_memory_error();
  if (err == Z_STREAM_ERROR) raise(call(g_error, stdlib::str_val("Bad compression level")));
  if (err != Z_OK) {
    deflateEnd(&z);
    zlib_error(z, err, "while compressing data");
  }
  // deflateBound() is room enough for one Z_FINISH call.
  OutBuf out(&z, deflateBound(&z, s.size()));
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  z.avail_in = static_cast<uInt>(s.size());
  err = deflate(&z, Z_FINISH);
  if (err != Z_STREAM_END) {
    deflateEnd(&z);
    zlib_error(z, err, "while compressing data");
  }
  Value r = out.result();
  err = deflateEnd(&z);
  if (err != Z_OK) zlib_error(z, err, "while finishing compression");
  return r;
}

Value zlib_crc32(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("crc32", kw);
  stdlib::arg_count("crc32", nargs, 1, 2);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(args[0], "crc32", 1, false, scratch);
  uLong v = nargs > 1 ? stdlib::to_u32_mask(args[1]) : 0;
  v = crc32(v, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size()));
  return make_int(static_cast<int32_t>(static_cast<uint32_t>(v)));
}

Value zlib_decompress(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("decompress", kw);
  stdlib::arg_count("decompress", nargs, 1, 3);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(args[0], "decompress", 1, false, scratch);
  int wbits = nargs > 1 ? int_arg(args[1]) : MAX_WBITS;
  int64_t bufsize = nargs > 2 ? ssize_arg(args[2]) : static_cast<int64_t>(kDefaultAlloc);
  if (bufsize <= 0) bufsize = 1;
  z_stream z{};
  stream_prepare(&z);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  z.avail_in = static_cast<uInt>(s.size());
  int err = inflateInit2(&z, wbits);
  if (err == Z_MEM_ERROR) raise_memory_error();
  if (err != Z_OK) {
    inflateEnd(&z);
    zlib_error(z, err, "while preparing to decompress data");
  }
  OutBuf out(&z, static_cast<size_t>(bufsize));
  do {
    err = inflate(&z, Z_FINISH);
    if (err == Z_STREAM_END) break;
    // Z_BUF_ERROR with room left means the input ran out: truncated data.
    if ((err == Z_BUF_ERROR && z.avail_out > 0) || (err != Z_OK && err != Z_BUF_ERROR)) {
      inflateEnd(&z);
      zlib_error(z, err, "while decompressing data");
    }
    out.grow();
  } while (true);
  Value r = out.result();
  err = inflateEnd(&z);
  if (err != Z_OK) zlib_error(z, err, "while finishing data decompression");
  return r;
}

Value zlib_compressobj(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("compressobj", kw);
  stdlib::arg_count("compressobj", nargs, 0, 5);
  int level = nargs > 0 ? int_arg(args[0]) : Z_DEFAULT_COMPRESSION;
  int method = nargs > 1 ? int_arg(args[1]) : Z_DEFLATED;
  int wbits = nargs > 2 ? int_arg(args[2]) : MAX_WBITS;
  int memlevel = nargs > 3 ? int_arg(args[3]) : 8;
  int strategy = nargs > 4 ? int_arg(args[4]) : Z_DEFAULT_STRATEGY;
  ZStreamObject* o = new_object<ZStreamObject>(&CompressType);
  stream_prepare(&o->zst);
  int err = deflateInit2(&o->zst, level, method, wbits, memlevel, strategy);
  if (err == Z_MEM_ERROR) raise_memory_error();
  if (err == Z_STREAM_ERROR) raise_value_error("Invalid initialization option");
  if (err != Z_OK) zlib_error(o->zst, err, "while creating compression object");
  o->initialised = true;
  return Value(o);
}

Value zlib_decompressobj(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("decompressobj", kw);
  stdlib::arg_count("decompressobj", nargs, 0, 1);
  int wbits = nargs > 0 ? int_arg(args[0]) : MAX_WBITS;
  ZStreamObject* o = new_object<ZStreamObject>(&DecompressType);
  o->unused_data = stdlib::str_val("");
  o->unconsumed_tail = o->unused_data;
  stream_prepare(&o->zst);
  int err = inflateInit2(&o->zst, wbits);
  if (err == Z_MEM_ERROR) raise_memory_error();
  if (err == Z_STREAM_ERROR) raise_value_error("Invalid initialization option");
  if (err != Z_OK) zlib_error(o->zst, err, "while creating decompression object");
  o->initialised = true;
  return Value(o);
}

Value zobj_tp_new(Value callee, const Value*, size_t, Tuple*) {
  raise_type_error("cannot create '%s' instances", callee.as<Type>()->name);
}

// ---- Compress methods ----

Value comp_compress(Value self, const Value* args, size_t nargs, Tuple* kw) {
  ZStreamObject* o = stream_of(self, &CompressType);
  check_no_kwargs("compress", kw);
  stdlib::arg_count("compress", nargs, 1, 1);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(args[0], "compress", 1, false, scratch);
  ObjLockGuard guard(&o->lock);
  z_stream* z = &o->zst;
  z->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  z->avail_in = static_cast<uInt>(s.size());
  OutBuf out(z, kDefaultAlloc);
  int err = deflate(z, Z_NO_FLUSH);
  while (err == Z_OK && z->avail_out == 0) {
    out.grow();
    err = deflate(z, Z_NO_FLUSH);
  }
  if (err != Z_OK && err != Z_BUF_ERROR) zlib_error(*z, err, "while compressing data");
  return out.result();
}

Value comp_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  ZStreamObject* o = stream_of(self, &CompressType);
  check_no_kwargs("copy", kw);
  stdlib::arg_count("copy", nargs, 0, 0);
  ObjLockGuard guard(&o->lock);
  if (!o->initialised) raise_value_error("Inconsistent stream state");
  ZStreamObject* c = new_object<ZStreamObject>(&CompressType);
  int err = deflateCopy(&c->zst, &o->zst);
  if (err == Z_STREAM_ERROR) raise_value_error("Inconsistent stream state");
  if (err == Z_MEM_ERROR) raise_memory_error();
  if (err != Z_OK) zlib_error(o->zst, err, "while copying compression object");
  c->initialised = true;
  return Value(c);
}

Value comp_flush(Value self, const Value* args, size_t nargs, Tuple* kw) {
  ZStreamObject* o = stream_of(self, &CompressType);
  check_no_kwargs("flush", kw);
  stdlib::arg_count("flush", nargs, 0, 1);
  int mode = nargs > 0 ? int_arg(args[0]) : Z_FINISH;
  if (mode == Z_NO_FLUSH) return stdlib::str_val("");
  ObjLockGuard guard(&o->lock);
  z_stream* z = &o->zst;
  z->avail_in = 0;
  OutBuf out(z, kDefaultAlloc);
  int err = deflate(z, mode);
  while (err == Z_OK && z->avail_out == 0) {
    out.grow();
    err = deflate(z, mode);
  }
  if (err == Z_STREAM_END && mode == Z_FINISH) {
    Value r = out.result();
    err = deflateEnd(z);
    if (err != Z_OK) zlib_error(*z, err, "from deflateEnd()");
    o->initialised = false;
    return r;
  }
  if (err != Z_OK && err != Z_BUF_ERROR) zlib_error(*z, err, "while flushing");
  return out.result();
}

// ---- Decompress methods ----

// After inflate: input past the end of the stream is appended to
// unused_data; input left because the output limit was hit becomes
// unconsumed_tail (which is cleared once everything is consumed).
void save_unconsumed_input(ZStreamObject* o, int err) {
  z_stream* z = &o->zst;
  if (err == Z_STREAM_END) {
    if (z->avail_in > 0) {
      std::string u(o->unused_data.as<Str>()->view());
      u.append(reinterpret_cast<const char*>(z->next_in), z->avail_in);
      o->unused_data = stdlib::str_val(u);
    }
    z->avail_in = 0;
  }
  if (z->avail_in > 0 || o->unconsumed_tail.as<Str>()->len > 0)
    o->unconsumed_tail = stdlib::str_val(std::string_view(reinterpret_cast<const char*>(z->next_in), z->avail_in));
}

Value decomp_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  ZStreamObject* o = stream_of(self, &DecompressType);
  check_no_kwargs("copy", kw);
  stdlib::arg_count("copy", nargs, 0, 0);
  ObjLockGuard guard(&o->lock);
  if (!o->initialised) raise_value_error("Inconsistent stream state");
  ZStreamObject* c = new_object<ZStreamObject>(&DecompressType);
  int err = inflateCopy(&c->zst, &o->zst);
  if (err == Z_STREAM_ERROR) raise_value_error("Inconsistent stream state");
  if (err == Z_MEM_ERROR) raise_memory_error();
  if (err != Z_OK) zlib_error(o->zst, err, "while copying decompression object");
  c->unused_data = o->unused_data;
  c->unconsumed_tail = o->unconsumed_tail;
  c->initialised = true;
  return Value(c);
}

Value decomp_decompress(Value self, const Value* args, size_t nargs, Tuple* kw) {
  ZStreamObject* o = stream_of(self, &DecompressType);
  check_no_kwargs("decompress", kw);
  stdlib::arg_count("decompress", nargs, 1, 2);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(args[0], "decompress", 1, false, scratch);
  int max_length = nargs > 1 ? int_arg(args[1]) : 0;
  if (max_length < 0) raise_value_error("max_length must be greater than zero");
  size_t cap = static_cast<size_t>(max_length);
  ObjLockGuard guard(&o->lock);
  z_stream* z = &o->zst;
  z->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  z->avail_in = static_cast<uInt>(s.size());
  OutBuf out(z, cap && cap < kDefaultAlloc ? cap : kDefaultAlloc);
  int err = inflate(z, Z_SYNC_FLUSH);
  while (err == Z_OK && z->avail_out == 0) {
    if (cap && out.size >= cap) break;
    out.grow(cap);
    err = inflate(z, Z_SYNC_FLUSH);
  }
  save_unconsumed_input(o, err);
  if (err != Z_STREAM_END && err != Z_OK && err != Z_BUF_ERROR) zlib_error(*z, err, "while decompressing");
  return out.result();
}

Value decomp_flush(Value self, const Value* args, size_t nargs, Tuple* kw) {
  ZStreamObject* o = stream_of(self, &DecompressType);
  check_no_kwargs("flush", kw);
  stdlib::arg_count("flush", nargs, 0, 1);
  int length = nargs > 0 ? int_arg(args[0]) : static_cast<int>(kDefaultAlloc);
  if (length <= 0) raise_value_error("length must be greater than zero");
  ObjLockGuard guard(&o->lock);
  z_stream* z = &o->zst;
  Str* tail = o->unconsumed_tail.as<Str>();
  z->next_in = reinterpret_cast<Bytef*>(tail->data);
  z->avail_in = static_cast<uInt>(tail->len);
  OutBuf out(z, static_cast<size_t>(length));
  int err = inflate(z, Z_FINISH);
  while ((err == Z_OK || err == Z_BUF_ERROR) && z->avail_out == 0) {
    out.grow();
    err = inflate(z, Z_FINISH);
  }
  save_unconsumed_input(o, err);
  Value r = out.result();
  // The end of the data ends the zlib stream (later calls fail with -2).
  if (err == Z_STREAM_END) {
    err = inflateEnd(z);
    o->initialised = false;
    if (err != Z_OK) zlib_error(*z, err, "while finishing decompression");
  }
  return r;
}

Value decomp_unconsumed_tail(Value, const Value* args, size_t, Tuple*) {
  return stream_of(args[0], &DecompressType)->unconsumed_tail;
}

Value decomp_unused_data(Value, const Value* args, size_t, Tuple*) {
  return stream_of(args[0], &DecompressType)->unused_data;
}

template <int kWhich>
Value decomp_readonly(Value, const Value*, size_t, Tuple*) {
  raise_type_error("'zlib.Decompress' object has only read-only attributes (assign to .%s)",
                   kWhich ? "unused_data" : "unconsumed_tail");
}

// ---- registration ----

void register_zlib() {
  CompressType.name = "zlib.Compress";
  CompressType.instance_size = sizeof(ZStreamObject);
  CompressType.tp_new = zobj_tp_new;
  type_ready(&CompressType, {{"compress", comp_compress}, {"copy", comp_copy}, {"flush", comp_flush}});
  DecompressType.name = "zlib.Decompress";
  DecompressType.instance_size = sizeof(ZStreamObject);
  DecompressType.tp_new = zobj_tp_new;
  type_ready(&DecompressType, {{"copy", decomp_copy}, {"decompress", decomp_decompress}, {"flush", decomp_flush}});
}
TypeRegistrar treg(register_zlib);

void init_zlib(Module* m) {
  if (g_error.is_null()) {
    Dict* ns = dict_new();
    dict_set(ns, Value(str_intern("__module__")), stdlib::str_val("zlib"));
    g_error = call(Value(&TypeType), stdlib::str_val("error"), Value(tuple_of({Value(&ExceptionType)})), Value(ns));
    stdlib::type_add_getter(&DecompressType, "unconsumed_tail", decomp_unconsumed_tail, decomp_readonly<0>);
    stdlib::type_add_getter(&DecompressType, "unused_data", decomp_unused_data, decomp_readonly<1>);
  }
  stdlib::mod_set(m, "error", g_error);
  static const struct {
    const char* name;
    int value;
  } constants[] = {{"DEFLATED", Z_DEFLATED},
                   {"DEF_MEM_LEVEL", 8},
                   {"MAX_WBITS", MAX_WBITS},
                   {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
                   {"Z_BEST_SPEED", Z_BEST_SPEED},
                   {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
                   {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
                   {"Z_FILTERED", Z_FILTERED},
                   {"Z_FINISH", Z_FINISH},
                   {"Z_FULL_FLUSH", Z_FULL_FLUSH},
                   {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
                   {"Z_NO_FLUSH", Z_NO_FLUSH},
                   {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}};
  for (const auto& c : constants) stdlib::mod_set(m, c.name, make_int(c.value));
  stdlib::mod_set(m, "ZLIB_VERSION", stdlib::str_val(ZLIB_VERSION));
  stdlib::mod_fns(m, {{"adler32", zlib_adler32},
                      {"compress", zlib_compress},
                      {"compressobj", zlib_compressobj},
                      {"crc32", zlib_crc32},
                      {"decompress", zlib_decompress},
                      {"decompressobj", zlib_decompressobj}});
}

NativeModule reg("zlib", init_zlib);

}  // namespace
}  // namespace pytrans::rt
