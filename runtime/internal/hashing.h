// SPDX-License-Identifier: Apache-2.0
//
// CPython 2.7.18's hash functions, bit for bit, for a 64-bit build. Dict and set
// iteration order is slot order, and slots come from these hashes, so a program
// that prints a dict prints the same text only if every hash here is exact.
//
// All hashes are signed 64-bit with wrap-around arithmetic (done in uint64_t
// here to stay clear of signed overflow). -1 is reserved as an error marker in
// CPython, so any function that would return -1 returns -2 instead, except the
// frozenset hash, which maps -1 to 590923713.
//
// Numbers that compare equal hash equal across int, long, float and bool:
// a long hashes as |v| mod (2**64 - 1) with its sign applied afterwards, and an
// integral float hashes as the equal int/long (hash(2.0**64) == 1).
//
// str and unicode use the same multiply/xor loop (over bytes or UCS4 code
// points), so hash('abc') == hash(u'abc'). With PYTHONHASHSEED=N (N != 0) 2.7
// fills its 16-byte secret (prefix, suffix; little-endian 64-bit words) from
// the linear congruential generator x = x * 214013 + 2531011 (mod 2**32),
// seeded with N, taking bits 16..23 of each successive x as the next byte.
// PYTHONHASHSEED=0 and an unset variable mean no randomization (prefix = suffix
// = 0); 'random' draws the secret from std::random_device. The empty string
// always hashes 0.
#pragma once

#include <gmp.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pytrans::rt::internal {

// The string-hash secret. Zero (the default) means randomization is off.
struct HashSecret {
  int64_t prefix = 0;
  int64_t suffix = 0;
};
HashSecret& hash_secret();
// The secret 2.7 derives from PYTHONHASHSEED=seed (seed 0: randomization off).
HashSecret hash_secret_from_seed(uint32_t seed);
// Sets the secret from PYTHONHASHSEED's value as 2.7 does: unset, empty or "0"
// -> off; a decimal number <= 4294967295 (leading whitespace and '+' allowed)
// -> that seed; "random" -> a secret from std::random_device. Returns false
// (secret untouched) for anything else; 2.7 then dies with
// 'Fatal Python error: PYTHONHASHSEED must be "random" or an integer in range
// [0; 4294967295]' (stderr, abort(), exit status 134).
bool init_hash_secret_from_env(const char* value);

int64_t hash_bytes(const unsigned char* p, size_t n);
inline int64_t hash_bytes(std::string_view s) {
  return hash_bytes(reinterpret_cast<const unsigned char*>(s.data()), s.size());
}
int64_t hash_unicode(const char32_t* p, size_t n);

inline int64_t hash_int64(int64_t v) { return v == -1 ? -2 : v; }
int64_t hash_mpz(const mpz_t v);
int64_t hash_double(double v);
// object(), None, functions, classes: the address rotated right by 4 bits.
int64_t hash_pointer(const void* p);

// tuple hash: TupleHasher h(n); h.add(hash(item)) n times; h.finish().
class TupleHasher {
 public:
  explicit TupleHasher(size_t n) : left_(n) {}
  void add(int64_t item_hash) {
    --left_;
    x_ = (x_ ^ static_cast<uint64_t>(item_hash)) * mult_;
    mult_ += 82520 + 2 * static_cast<uint64_t>(left_);
  }
  int64_t finish() const {
    int64_t r = static_cast<int64_t>(x_ + 97531);
    return r == -1 ? -2 : r;
  }

 private:
  uint64_t x_ = 0x345678;
  uint64_t mult_ = 1000003;
  size_t left_;
};

// frozenset hash from its entries' hashes, in the frozenset's slot order.
int64_t hash_frozenset(const int64_t* entry_hashes, size_t n);

}  // namespace pytrans::rt::internal
