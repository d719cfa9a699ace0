// SPDX-License-Identifier: Apache-2.0
// _random: the Mersenne Twister core of Python 2.7's random module.
//
// Random objects hold the reference MT19937 state (624 words + index).
// Seeding follows 2.7's random_seed (cpython27-facts.md section 6): an int
// or long seeds init_by_array with the 32-bit words of its absolute value,
// least significant first; any other hashable object is seeded with its
// hash taken as an unsigned 64-bit number; None uses fresh OS entropy.
// random() combines 27 + 26 bits into a double in [0, 1) exactly as 2.7.
// The Python-level formulas (randrange, shuffle, gauss...) live in
// stdlib/random.py, which subclasses this type.
#include <gmp.h>
#include <sys/random.h>

#include <cstdint>
#include <ctime>
#include <vector>

#include "core/gc.h"
#include "objects/list.h"
#include "support.h"

namespace pytrans::rt {
namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

struct RandomObject : Object {
  uint32_t state[kN];
  int index;
};

Type RandomType;

void init_genrand(RandomObject* r, uint32_t s) {
  uint32_t* mt = r->state;
  mt[0] = s;
  for (int i = 1; i < kN; ++i) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  r->index = kN;
}

void init_by_array(RandomObject* r, const uint32_t* key, size_t key_length) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218U);
  size_t i = 1, j = 0;
  size_t k = kN > key_length ? kN : key_length;
  for (; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = kN - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

uint32_t genrand_int32(RandomObject* r) {
  static const uint32_t mag01[2] = {0x0U, kMatrixA};
  uint32_t* mt = r->state;
  uint32_t y;
  if (r->index >= kN) {
    int kk;
    for (kk = 0; kk < kN - kM; ++kk) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; ++kk) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[kN - 1] & kUpperMask) | (mt[0] & kLowerMask);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    r->index = 0;
  }
  y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

RandomObject* self_of(Value v, const char* what) {
  if (v.is_small_int() || !is_subtype(type_of(v), &RandomType))
    raise_type_error("descriptor '%s' requires a '_random.Random' object but received a '%s'", what, type_name(v));
  return v.as<RandomObject>();
}

// Seeds from the 32-bit words of |n| (least significant first).
void seed_from_mpz(RandomObject* r, mpz_srcptr n) {
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, n);
  size_t words = mpz_sgn(a) == 0 ? 1 : (mpz_sizeinbase(a, 2) + 31) / 32;
  std::vector<uint32_t> key(words, 0);
  size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, a);
  mpz_clear(a);
  init_by_array(r, key.data(), key.size());
}

void seed_value(RandomObject* r, Value arg) {
  mpz_t n;
  mpz_init(n);
  if (arg.is_null() || is_none(arg)) {
    unsigned char buf[2500];
    size_t got = 0;
    while (got < sizeof buf) {
      ssize_t k = getrandom(buf + got, sizeof buf - got, 0);
      if (k <= 0) break;
      got += static_cast<size_t>(k);
    }
    if (got < sizeof buf) {
      uint64_t t = static_cast<uint64_t>(std::time(nullptr));
      mpz_set_ui(n, t);
    } else {
      mpz_import(n, sizeof buf, 1, 1, 0, 0, buf);
    }
  } else if (is_int(arg)) {
    int64_t v = int_value(arg);
    mpz_set_si(n, v);
  } else if (is_long(arg)) {
    mpz_set(n, arg.as<Long>()->z);
  } else {
    uint64_t h = static_cast<uint64_t>(hash(arg));
    mpz_set_ui(n, h);
  }
  seed_from_mpz(r, n);
  mpz_clear(n);
}

Value random_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  if (t == &RandomType && kw) raise_type_error("Random() does not take keyword arguments");
  if (nargs > 1) raise_type_error("Random expected at most 1 arguments, got %zu", nargs);
  size_t size = t->instance_size > sizeof(RandomObject) ? t->instance_size : sizeof(RandomObject);
  RandomObject* r = new_object<RandomObject>(t, size);
  seed_value(r, nargs ? args[0] : Value());
  return Value(r);
}

Value random_init(Value, const Value*, size_t, Tuple*) { return None(); }

// ---- methods (alphabetical) ----

Value random_getrandbits(Value self, const Value* args, size_t nargs, Tuple* kw) {
  RandomObject* r = self_of(self, "getrandbits");
  check_no_kwargs("getrandbits", kw);
  check_nargs("getrandbits", nargs, 1, 1);
  int64_t k = stdlib::to_i64(args[0]);
  if (k <= 0) raise_value_error("number of bits must be greater than zero");
  if (k <= 32) return make_int(genrand_int32(r) >> (32 - k));
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  for (size_t i = 0; i < words; ++i, k -= 32) {
    uint32_t x = genrand_int32(r);
    if (k < 32) x >>= (32 - k);
    w[i] = x;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w.data());
  Value v = long_from_mpz(z);
  mpz_clear(z);
  return v;
}

Value random_getstate(Value self, const Value*, size_t nargs, Tuple*) {
  RandomObject* r = self_of(self, "getstate");
  check_nargs("getstate", nargs, 0, 0);
  // 2.7 returns longs here (repr shows the L, which jumpahead hashes).
  Tuple* t = tuple_new(kN + 1);
  for (int i = 0; i < kN; ++i) t->items[i] = long_from_i64(r->state[i]);
  t->items[kN] = long_from_i64(r->index);
  return Value(t);
}

Value random_jumpahead(Value self, const Value* args, size_t nargs, Tuple*) {
  RandomObject* r = self_of(self, "jumpahead");
  check_nargs("jumpahead", nargs, 1, 1);
  if (!is_int(args[0]) && !is_long(args[0])) raise_type_error("jumpahead requires an integer, not '%s'", type_name(args[0]));
  uint32_t* mt = r->state;
  for (int i = kN - 1; i > 1; --i) {
    Value jv = mod(args[0], small_int(i));
    int64_t j = stdlib::to_i64(jv);
    uint32_t tmp = mt[i];
    mt[i] = mt[j];
    mt[j] = tmp;
  }
  for (int i = 0; i < kN; ++i) mt[i] += static_cast<uint32_t>(i + 1);
  r->index = kN;
  return None();
}

Value random_random(Value self, const Value*, size_t nargs, Tuple*) {
  RandomObject* r = self_of(self, "random");
  check_nargs("random", nargs, 0, 0);
  uint32_t a = genrand_int32(r) >> 5, b = genrand_int32(r) >> 6;
  return make_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value random_seed(Value self, const Value* args, size_t nargs, Tuple* kw) {
  RandomObject* r = self_of(self, "seed");
  check_no_kwargs("seed", kw);
  check_nargs("seed", nargs, 0, 1);
  seed_value(r, nargs ? args[0] : Value());
  return None();
}

Value random_setstate(Value self, const Value* args, size_t nargs, Tuple*) {
  RandomObject* r = self_of(self, "setstate");
  check_nargs("setstate", nargs, 1, 1);
  if (!is_tuple(args[0])) raise_type_error("state vector must be a tuple");
  Tuple* t = args[0].as<Tuple>();
  if (t->len != kN + 1) raise_value_error("state vector is the wrong size");
  for (int i = 0; i < kN; ++i) {
    Value v = t->items[i];
    if (is_int(v)) r->state[i] = static_cast<uint32_t>(int_value(v));
    else if (is_long(v)) r->state[i] = static_cast<uint32_t>(mpz_get_ui(v.as<Long>()->z));
    else raise_type_error("an integer is required");
  }
  int64_t index = stdlib::to_i64(t->items[kN]);
  if (index < 0 || index > kN) raise_value_error("invalid state");
  r->index = static_cast<int>(index);
  return None();
}

void register_random() {
  RandomType.name = "_random.Random";
  RandomType.flags = kTypeBaseOk;
  RandomType.instance_size = sizeof(RandomObject);
  RandomType.tp_new = random_tp_new;
  RandomType.tp_init = random_init;
  type_ready(&RandomType, {{"getrandbits", random_getrandbits},
                           {"getstate", random_getstate},
                           {"jumpahead", random_jumpahead},
                           {"random", random_random},
                           {"seed", random_seed},
                           {"setstate", random_setstate}});
}
TypeRegistrar treg(register_random);

void init_random(Module* m) { stdlib::mod_set(m, "Random", Value(&RandomType)); }

NativeModule reg("_random", init_random);

}  // namespace

// Referenced by tests/runtime/stdlib_random_test.cc so that a plain (not
// whole-archive) link of the runtime library keeps this file.
namespace stdlib {
int random_module_anchor = 0;
}
}  // namespace pytrans::rt
