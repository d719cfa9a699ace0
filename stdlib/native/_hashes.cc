// SPDX-License-Identifier: Apache-2.0
// _md5, _sha, _sha256, _sha512: the digest modules behind hashlib.py.
//
// The CPython 2.7.18 we match is built without OpenSSL, so its hashlib
// falls back to these four built-in modules, and that is what programs
// observe: md5 objects are '_md5.md5' named 'MD5', sha1 objects '_sha.sha'
// named 'SHA1', and so on; the constructors are called `new` (md5, sha1) or
// after the digest (sha224...). We reproduce those names, argument rules
// and messages, and compute the digests with OpenSSL's libcrypto (EVP).
//
// Each hash object owns an EVP_MD_CTX, which libcrypto allocates with
// malloc: a Boehm finalizer (no ordering needed, the context holds no GC
// pointers) frees it when the object dies. The EVP_MD algorithms are
// fetched once and kept for the life of the program.
//
// _pytrans_hashlib.pbkdf2_hmac(name, password, salt, iterations, dklen) is
// the PKCS5 helper that hashlib.pbkdf2_hmac calls after checking its
// arguments as 2.7's pure-Python version does.
#include <gc.h>
#include <openssl/evp.h>

#include <string>

#include "support.h"

namespace pytrans::rt {
namespace {

struct Algo {
  const char* name;       // the object's .name ("SHA256")
  const char* evp_name;   // OpenSSL's name for EVP_MD_fetch
  bool digest_size_member;  // 2.7's sha256/sha512 modules expose it as a read-only member
  Type type;
  const EVP_MD* md;
};

enum AlgoId { kMd5, kSha1, kSha224, kSha256, kSha384, kSha512, kNumAlgos };

Algo g_algos[kNumAlgos] = {
    {"MD5", "MD5", false, {}, nullptr},
    {"SHA1", "SHA1", false, {}, nullptr},
    {"SHA224", "SHA224", true, {}, nullptr},
    {"SHA256", "SHA256", true, {}, nullptr},
    {"SHA384", "SHA384", true, {}, nullptr},
    {"SHA512", "SHA512", true, {}, nullptr},
};

struct HashObject : Object {
  EVP_MD_CTX* ctx;
  Algo* algo;
};

const EVP_MD* algo_md(Algo* a) {
  if (!a->md) {
    a->md = EVP_MD_fetch(nullptr, a->evp_name, nullptr);
    if (!a->md) raise_value_error("unsupported hash type %s", a->name);
  }
  return a->md;
}

void free_ctx(void* obj, void*) {
  HashObject* h = static_cast<HashObject*>(obj);
  EVP_MD_CTX_free(h->ctx);
  h->ctx = nullptr;
}

HashObject* hash_alloc(Algo* a) {
  HashObject* h = new_object<HashObject>(&a->type);
  h->algo = a;
  h->ctx = EVP_MD_CTX_new();
  if (!h->ctx) raise_memory_error();
  GC_register_finalizer_no_order(h, free_ctx, nullptr, nullptr, nullptr);
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
  EVP_DigestUpdate(h->ctx, s.data(), s.size());
}

std::string hash_final(HashObject* h) {
  // Digesting must not end the object's stream: finish a copy.
  EVP_MD_CTX* tmp = EVP_MD_CTX_new();
  if (!tmp) raise_memory_error();
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_MD_CTX_copy_ex(tmp, h->ctx);
  EVP_DigestFinal_ex(tmp, out, &n);
  EVP_MD_CTX_free(tmp);
  return std::string(reinterpret_cast<char*>(out), n);
}

// The constructor: new([string]) / sha256([string]). Its messages say
// "new()" whatever its name; md5's takes no keywords, the others string=.
Value hash_construct(Algo* a, const Value* args, size_t nargs, Tuple* kw) {
  Value data = nargs > 0 ? args[0] : Value();
  if (a == &g_algos[kMd5]) {
    check_no_kwargs("new", kw);
  } else if (kw) {
    for (int64_t i = 0; i < kw->len; ++i) {
      Str* k = kw->items[i].as<Str>();
      if (k->view() != "string") raise_type_error("'%s' is an invalid keyword argument for this function", k->data);
      if (nargs > 0) raise_type_error("Argument given by name ('string') and position (1)");
      data = args[nargs + i];
    }
  }
  size_t total = nargs + (kw ? static_cast<size_t>(kw->len) : 0);
  if (total > 1) raise_type_error("new() takes at most 1 argument (%zu given)", total);
  HashObject* h = hash_alloc(a);
  EVP_DigestInit_ex(h->ctx, algo_md(a), nullptr);
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
  return make_int(EVP_MD_get_block_size(algo_md(self_of(args[0])->algo)));
}

Value hash_digest_size(Value, const Value* args, size_t, Tuple*) {
  return make_int(EVP_MD_get_size(algo_md(self_of(args[0])->algo)));
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
  EVP_MD_CTX_copy_ex(c->ctx, h->ctx);
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

Value pbkdf2_hmac(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("pbkdf2_hmac", nargs, 5, 5);
  std::string_view name = stdlib::to_str_view(args[0]);
  std::string pw_scratch, salt_scratch;
  std::string_view pw = stdlib::buffer_arg(args[1], "pbkdf2_hmac", 2, true, pw_scratch);
  std::string_view salt = stdlib::buffer_arg(args[2], "pbkdf2_hmac", 3, true, salt_scratch);
  int64_t iterations = stdlib::to_i64(args[3]), dklen = stdlib::to_i64(args[4]);
  Algo* a = nullptr;
  for (Algo& x : g_algos)
    if (name == x.evp_name) a = &x;
  if (!a || iterations < 1 || iterations > INT32_MAX || dklen < 1 || dklen > INT32_MAX)
    raise_value_error("bad pbkdf2 arguments");
  std::string out(static_cast<size_t>(dklen), '\0');
  if (!PKCS5_PBKDF2_HMAC(pw.data(), static_cast<int>(pw.size()), reinterpret_cast<const unsigned char*>(salt.data()),
                         static_cast<int>(salt.size()), static_cast<int>(iterations), algo_md(a),
                         static_cast<int>(dklen), reinterpret_cast<unsigned char*>(out.data())))
    raise_value_error("pbkdf2 failed");
  return stdlib::str_val(out);
}

// ---- registration ----

void register_hashes() {
  static const char* type_names[kNumAlgos] = {"_md5.md5",       "_sha.sha",        "_sha256.sha224",
                                              "_sha256.sha256", "_sha512.sha384", "_sha512.sha512"};
  for (int i = 0; i < kNumAlgos; ++i) {
    Type* t = &g_algos[i].type;
    t->name = type_names[i];
    t->instance_size = sizeof(HashObject);
    t->tp_new = hash_tp_new;
    type_ready(t, {{"copy", hash_copy}, {"digest", hash_digest}, {"hexdigest", hash_hexdigest}, {"update", hash_update}});
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
