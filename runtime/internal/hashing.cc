// SPDX-License-Identifier: Apache-2.0
//
// CPython 2.7 hash functions; the rules are in hashing.h. The long hash is
// written as a remainder modulo 2**64 - 1 (GMP computes it directly), which is
// what 2.7's rotate-and-add loop over 30-bit digits amounts to, except that a
// nonzero multiple of 2**64 - 1 ends as 2**64 - 1 rather than 0.
#include "internal/hashing.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>

namespace pytrans::rt::internal {

namespace {

int64_t not_minus_one(uint64_t x) {
  int64_t r = static_cast<int64_t>(x);
  return r == -1 ? -2 : r;
}

template <typename T>
int64_t string_hash(const T* p, size_t n) {
  if (n == 0) return 0;
  const HashSecret& s = hash_secret();
  uint64_t x = static_cast<uint64_t>(s.prefix);
  x ^= static_cast<uint64_t>(p[0]) << 7;
  for (size_t i = 0; i < n; ++i) x = (1000003 * x) ^ static_cast<uint64_t>(p[i]);
  x ^= n;
  x ^= static_cast<uint64_t>(s.suffix);
  return not_minus_one(x);
}

}  // namespace

HashSecret& hash_secret() {
  static HashSecret secret;
  return secret;
}

HashSecret hash_secret_from_seed(uint32_t seed) {
  HashSecret out;
  if (seed == 0) return out;
  unsigned char bytes[16];
  uint32_t x = seed;
  for (unsigned char& b : bytes) {
    x = x * 214013u + 2531011u;
    b = static_cast<unsigned char>((x >> 16) & 0xff);
  }
  uint64_t prefix = 0, suffix = 0;
  for (int i = 7; i >= 0; --i) {
    prefix = (prefix << 8) | bytes[i];
    suffix = (suffix << 8) | bytes[8 + i];
  }
  out.prefix = static_cast<int64_t>(prefix);
  out.suffix = static_cast<int64_t>(suffix);
  return out;
}

bool init_hash_secret_from_env(const char* value) {
  if (value == nullptr || *value == '\0') {
    hash_secret() = HashSecret{};
    return true;
  }
  if (std::strcmp(value, "random") == 0) {
    std::random_device rd;
    uint64_t w[4];
    for (uint64_t& x : w) x = (static_cast<uint64_t>(rd()) << 32) | rd();
    hash_secret() = HashSecret{static_cast<int64_t>(w[0] ^ w[2]), static_cast<int64_t>(w[1] ^ w[3])};
    return true;
  }
  // 2.7 reads the seed with strtoul(value, &end, 10) and wants end at the end:
  // leading whitespace and a sign are allowed ("-1" wraps and is too big).
  const char* p = value;
  while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
  bool negative = false;
  if (*p == '+' || *p == '-') negative = *p++ == '-';
  if (*p < '0' || *p > '9') return false;
  uint64_t seed = 0;
  for (; *p >= '0' && *p <= '9'; ++p) {
    seed = seed * 10 + static_cast<uint64_t>(*p - '0');
    if (seed > 4294967295u) return false;
  }
  if (*p != '\0' || (negative && seed != 0)) return false;
  hash_secret() = hash_secret_from_seed(static_cast<uint32_t>(seed));
  return true;
}

int64_t hash_bytes(const unsigned char* p, size_t n) { return string_hash(p, n); }

int64_t hash_unicode(const char32_t* p, size_t n) { return string_hash(p, n); }

int64_t hash_mpz(const mpz_t v) {
  int sign = mpz_sgn(v);
  if (sign == 0) return 0;
  // mpz_fdiv_ui ignores the sign of v only through |v|: use the absolute value.
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, v);
  uint64_t x = mpz_fdiv_ui(a, ~0ul);
  mpz_clear(a);
  if (x == 0) x = ~0ull;  // nonzero multiple of 2**64 - 1
  if (sign < 0) x = 0 - x;
  return not_minus_one(x);
}

int64_t hash_double(double v) {
  if (std::isnan(v)) return 0;
  if (std::isinf(v)) return v > 0 ? 314159 : -271828;
  double intpart;
  double fract = std::modf(v, &intpart);
  if (fract == 0.0) {
    // Integral: hash as the equal int (|v| < 2**62) or long.
    if (intpart > 4611686018427387903.0 || intpart < -4611686018427387904.0) {
      mpz_t z;
      mpz_init_set_d(z, intpart);
      int64_t h = hash_mpz(z);
      mpz_clear(z);
      return h;
    }
    return hash_int64(static_cast<int64_t>(intpart));
  }
  int e;
  double m = std::frexp(v, &e);
  m *= 2147483648.0;  // 2**31
  int64_t hi = static_cast<int64_t>(m);
  m = (m - static_cast<double>(hi)) * 2147483648.0;
  uint64_t x = static_cast<uint64_t>(hi) + static_cast<uint64_t>(static_cast<int64_t>(m)) +
               static_cast<uint64_t>(static_cast<int64_t>(e) << 15);
  return not_minus_one(x);
}

int64_t hash_pointer(const void* p) {
  uint64_t y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << 60);
  return not_minus_one(y);
}

int64_t hash_frozenset(const int64_t* entry_hashes, size_t n) {
  uint64_t h = 1927868237ull * (static_cast<uint64_t>(n) + 1);
  for (size_t i = 0; i < n; ++i) {
    uint64_t e = static_cast<uint64_t>(entry_hashes[i]);
    h ^= ((e ^ (e << 16)) ^ 89869747ull) * 3644798167ull;
  }
  h = h * 69069ull + 907133923ull;
  int64_t r = static_cast<int64_t>(h);
  return r == -1 ? 590923713 : r;
}

}  // namespace pytrans::rt::internal
