// SPDX-License-Identifier: Apache-2.0
// _md5, _sha, _sha256, _sha512: the digest modules behind hashlib.py.
//
// The CPython 2.7.18 we match is built without OpenSSL, so its hashlib
// falls back to these four built-in modules, and that is what programs
// observe: md5 objects are '_md5.md5' named 'MD5', sha1 objects '_sha.sha'
// named 'SHA1', and so on; the constructors are called `new` (md5, sha1) or
// after the digest (sha224...). We reproduce those names, argument rules
// and messages, and compute the digests with OpenSSL's libcrypto.
//
// The low-level digest functions (MD5_Init, SHA256_Update...) are used
// rather than EVP on purpose: every program links the whole runtime, and
// EVP drags OpenSSL's provider machinery into each static binary (+3.3 MB
// of code, +350 KB of data the collector scans as roots, ~4 ms more
// start-up), while these add about 70 KB. They are deprecated in OpenSSL 3
// but fully supported there (Debian 12 ships 3.0). The contexts are plain
// structs with no pointers, so they live inside the GC object: copy() is a
// memcpy and no finalizer is needed.
//
// _pytrans_hashlib.pbkdf2_hmac(name, password, salt, iterations, dklen) is
// PBKDF2 (RFC 8018) over the same contexts, called by hashlib.pbkdf2_hmac
// after it has checked its arguments as 2.7's pure-Python version does.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/md5.h>
#include <openssl/sha.h>

#include <cstring>
#include <string>

#include "core/objlock.h"
#include "support.h"

namespace pytrans::rt {
namespace {

union HashState {
  MD5_CTX md5;
  SHA_CTX sha1;
  SHA256_CTX sha256;
  SHA512_CTX sha512;
};

struct Algo {
  const char* name;         // the object's .name ("SHA256")
  const char* type_name;    // "_sha256.sha256"
  int digest_size, block_size;
  bool digest_size_member;  // 2.7's sha256/sha512 modules expose it as a read-only member
  void (*init)(HashState*);
  void (*update)(HashState*, const void*, size_t);
  void (*final)(HashState*, unsigned char*);
  Type type;
};

enum AlgoId { kMd5, kSha1, kSha224, kSha256, kSha384, kSha512, kNumAlgos };

// OpenSSL's functions per algorithm, with one signature for the table.
#define PT_DIGEST_FNS(field, init_fn, update_fn, final_fn)                   \
  [](HashState* h) { init_fn(&h->field); },                                \
      [](HashState* h, const void* p, size_t n) { update_fn(&h->field, p, n); }, \
      [](HashState* h, unsigned char* out) { final_fn(out, &h->field); }

Algo g_algos[kNumAlgos] = {
    {"MD5", "_md5.md5", 16, 64, false, PT_DIGEST_FNS(md5, MD5_Init, MD5_Update, MD5_Final), {}},
    {"SHA1", "_sha.sha", 20, 64, false, PT_DIGEST_FNS(sha1, SHA1_Init, SHA1_Update, SHA1_Final), {}},
    {"SHA224", "_sha256.sha224", 28, 64, true,
     PT_DIGEST_FNS(sha256, SHA224_Init, SHA224_Update, SHA224_Final), {}},
    {"SHA256", "_sha256.sha256", 32, 64, true,
     PT_DIGEST_FNS(sha256, SHA256_Init, SHA256_Update, SHA256_Final), {}},
    {"SHA384", "_sha512.sha384", 48, 128, true,
     PT_DIGEST_FNS(sha512, SHA384_Init, SHA384_Update, SHA384_Final), {}},
    {"SHA512", "_sha512.sha512", 64, 128, true,
     PT_DIGEST_FNS(sha512, SHA512_Init, SHA512_Update, SHA512_Final), {}},
};
#undef PT_DIGEST_FNS

struct HashObject : Object {
  Algo* algo;
  uint8_t lock;  // core/objlock.h: 2.7 updates under the GIL, pytrans has none
  HashState state;
};

HashObject* hash_alloc(Algo* a) {
  // No GC pointers inside (algo points to static data); atomic memory is
  // not zeroed, so every field is set here or by init/copy.
  HashObject* h = new_atomic_object<HashObject>(&a->type);
  h->algo = a;
  h->lock = 0;
  return h;
}

HashObject* self_of(Value v) {
  Type* t = type_of(v);
  for (Algo& a : g_algos)
    if (t == &a.type) return v.as<HashObject>();
  raise_type_error("descriptor requires a hash object but received a '%s'", type_name(v));
}

void hash_feed(HashObject* h, const char* fname, Value data) {
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(data, fname, 1, true, scratch);
  ObjLockGuard guard(&h->lock);
  h->algo->update(&h->state, s.data(), s.size());
}

std::string hash_final(HashObject* h) {
  // Digesting must not end the object's stream: finish a copy.
  ObjLockGuard guard(&h->lock);
  HashState tmp = h->state;
  guard.unlock();
  unsigned char out[64];
  h->algo->final(&tmp, out);
  return std::string(reinterpret_cast<char*>(out), static_cast<size_t>(h->algo->digest_size));
}

// The constructor: new([string]) / sha256([string]). Its messages say
// "new()" whatever its name; md5's takes no keywords, the others string=.
Value hash_construct(Algo* a, const Value* args, size_t nargs, Tuple* kw) {
  Value data = nargs > 0 ? args[0] : Value();
  if (a == &g_algos[kMd5]) {
    check_no_kwargs("new", kw);
  }
  // 2.7 counts positional and keyword arguments together first.
  size_t total = nargs + (kw ? static_cast<size_t>(kw->len) : 0);
  if (total > 1) raise_type_error("new() takes at most 1 argument (%zu given)", total);
  if (kw && kw->len) {
    Str* k = kw->items[0].as<Str>();
    if (k->view() != "string") raise_type_error("'%s' is an invalid keyword argument for this function", k->data);
    data = args[nargs];
  }
  HashObject* h = hash_alloc(a);
  a->init(&h->state);
  if (!data.is_null()) hash_feed(h, "new", data);
  return Value(h);
}

template <AlgoId id>
Value ctor(Value, const Value* args, size_t nargs, Tuple* kw) {
  return hash_construct(&g_algos[id], args, nargs, kw);
}

Value hash_tp_new(Value callee, const Value*, size_t, Tuple*) {
  raise_type_error("cannot create '%s' instances", callee.as<Type>()->name);
}

// ---- attributes ----

Value hash_block_size(Value, const Value* args, size_t, Tuple*) {
  return make_int(self_of(args[0])->algo->block_size);
}

Value hash_digest_size(Value, const Value* args, size_t, Tuple*) {
  return make_int(self_of(args[0])->algo->digest_size);
}

Value hash_name(Value, const Value* args, size_t, Tuple*) { return stdlib::str_val(self_of(args[0])->algo->name); }

// Setting a getter-only attribute: 2.7's texts differ between a getset
// (md5/sha) and a read-only member (sha256/sha512's digest_size).
template <int kWhich>
Value hash_readonly(Value, const Value* args, size_t, Tuple*) {
  static const char* names[] = {"block_size", "digest_size", "digestsize", "name"};
  Algo* a = self_of(args[0])->algo;
  if (kWhich == 1 && a->digest_size_member) raise_type_error("readonly attribute");
  raise_fmt(&AttributeErrorType, "attribute '%s' of '%s' objects is not writable", names[kWhich], a->type.name);
}

// ---- methods (alphabetical) ----

Value hash_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  HashObject* h = self_of(self);
  check_no_kwargs("copy", kw);
  check_nargs("copy", nargs, 0, 0);
  HashObject* c = hash_alloc(h->algo);
  ObjLockGuard guard(&h->lock);
  c->state = h->state;
  return Value(c);
}

Value hash_digest(Value self, const Value*, size_t nargs, Tuple* kw) {
  HashObject* h = self_of(self);
  check_no_kwargs("digest", kw);
  check_nargs("digest", nargs, 0, 0);
  return stdlib::str_val(hash_final(h));
}

Value hash_hexdigest(Value self, const Value*, size_t nargs, Tuple* kw) {
  HashObject* h = self_of(self);
  check_no_kwargs("hexdigest", kw);
  check_nargs("hexdigest", nargs, 0, 0);
  static const char* digits = "0123456789abcdef";
  std::string d = hash_final(h), out;
  for (unsigned char c : d) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return stdlib::str_val(out);
}

Value hash_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  HashObject* h = self_of(self);
  check_no_kwargs("update", kw);
  if (nargs != 1) raise_type_error("update() takes exactly 1 argument (%zu given)", nargs);
  hash_feed(h, "update", args[0]);
  return None();
}

// ---- pbkdf2 ----

// HMAC with the key schedule done once: `inner` and `outer` have absorbed
// the padded key xor 0x36 / 0x5C; each mac() finishes copies of them.
struct Hmac {
  Algo* algo;
  HashState inner, outer;

  Hmac(Algo* a, std::string_view key) : algo(a) {
    size_t block = static_cast<size_t>(a->block_size);
    unsigned char k[128] = {0};
    if (key.size() > block) {
      HashState h;
      a->init(&h);
      a->update(&h, key.data(), key.size());
      a->final(&h, k);
    } else {
      std::memcpy(k, key.data(), key.size());
    }
    unsigned char pad[128];
    for (size_t i = 0; i < block; ++i) pad[i] = k[i] ^ 0x36;
    a->init(&inner);
    a->update(&inner, pad, block);
    for (size_t i = 0; i < block; ++i) pad[i] = k[i] ^ 0x5C;
    a->init(&outer);
    a->update(&outer, pad, block);
  }

  // out (digest_size bytes) = HMAC(key, a || b)
  void mac(const void* a, size_t na, const void* b, size_t nb, unsigned char* out) const {
    HashState h = inner;
    algo->update(&h, a, na);
    if (nb) algo->update(&h, b, nb);
    unsigned char inner_digest[64];
    algo->final(&h, inner_digest);
    h = outer;
    algo->update(&h, inner_digest, static_cast<size_t>(algo->digest_size));
    algo->final(&h, out);
  }
};

Value pbkdf2_hmac(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("pbkdf2_hmac", nargs, 5, 5);
  std::string_view name = stdlib::to_str_view(args[0]);
  std::string pw_scratch, salt_scratch;
  std::string_view pw = stdlib::buffer_arg(args[1], "pbkdf2_hmac", 2, true, pw_scratch);
  std::string_view salt = stdlib::buffer_arg(args[2], "pbkdf2_hmac", 3, true, salt_scratch);
  int64_t iterations = stdlib::to_i64(args[3]), dklen = stdlib::to_i64(args[4]);
  Algo* a = nullptr;
  for (Algo& x : g_algos)
    if (name == x.name) a = &x;
  if (!a || iterations < 1 || dklen < 1) raise_value_error("bad pbkdf2 arguments");
  Hmac prf(a, pw);
  size_t size = static_cast<size_t>(a->digest_size);
  std::string out;
  out.reserve(static_cast<size_t>(dklen) + size);
  unsigned char u[64], t[64];
  for (uint32_t block = 1; out.size() < static_cast<size_t>(dklen); ++block) {
    unsigned char be[4] = {static_cast<unsigned char>(block >> 24), static_cast<unsigned char>(block >> 16),
                           static_cast<unsigned char>(block >> 8), static_cast<unsigned char>(block)};
    prf.mac(salt.data(), salt.size(), be, 4, u);
    std::memcpy(t, u, size);
    for (int64_t i = 1; i < iterations; ++i) {
      prf.mac(u, size, nullptr, 0, u);
      for (size_t j = 0; j < size; ++j) t[j] ^= u[j];
    }
    out.append(reinterpret_cast<char*>(t), size);
  }
  out.resize(static_cast<size_t>(dklen));
  return stdlib::str_val(out);
}

// ---- registration ----

void register_hashes() {
  for (int i = 0; i < kNumAlgos; ++i) {
    Type* t = &g_algos[i].type;
    t->name = g_algos[i].type_name;
    t->instance_size = sizeof(HashObject);
    t->tp_new = hash_tp_new;
    type_ready(t, {{"copy", hash_copy},
                   {"digest", hash_digest},
                   {"hexdigest", hash_hexdigest},
                   {"update", hash_update}});
  }
}
TypeRegistrar treg(register_hashes);

void install_getters() {
  for (Algo& a : g_algos) {
    if (!dict_get_str(a.type.dict, str_intern("name")).is_null()) return;
    stdlib::type_add_getter(&a.type, "block_size", hash_block_size, hash_readonly<0>);
    stdlib::type_add_getter(&a.type, "digest_size", hash_digest_size, hash_readonly<1>);
    stdlib::type_add_getter(&a.type, "digestsize", hash_digest_size, hash_readonly<2>);
    stdlib::type_add_getter(&a.type, "name", hash_name, hash_readonly<3>);
  }
}

void init_md5(Module* m) {
  install_getters();
  stdlib::mod_set(m, "MD5Type", Value(&g_algos[kMd5].type));
  stdlib::mod_set(m, "digest_size", make_int(16));
  stdlib::mod_fns(m, {{"new", ctor<kMd5>}});
}

void init_sha(Module* m) {
  install_getters();
  stdlib::mod_set(m, "blocksize", make_int(1));
  stdlib::mod_set(m, "digest_size", make_int(20));
  stdlib::mod_set(m, "digestsize", make_int(20));
  stdlib::mod_fns(m, {{"new", ctor<kSha1>}});
}

void init_sha256(Module* m) {
  install_getters();
  stdlib::mod_fns(m, {{"sha224", ctor<kSha224>}, {"sha256", ctor<kSha256>}});
}

void init_sha512(Module* m) {
  install_getters();
  stdlib::mod_fns(m, {{"sha384", ctor<kSha384>}, {"sha512", ctor<kSha512>}});
}

void init_pytrans_hashlib(Module* m) { stdlib::mod_fns(m, {{"pbkdf2_hmac", pbkdf2_hmac}}); }

NativeModule reg_md5("_md5", init_md5);
NativeModule reg_sha("_sha", init_sha);
NativeModule reg_sha256("_sha256", init_sha256);
NativeModule reg_sha512("_sha512", init_sha512);
NativeModule reg_helper("_pytrans_hashlib", init_pytrans_hashlib);

}  // namespace
}  // namespace pytrans::rt
