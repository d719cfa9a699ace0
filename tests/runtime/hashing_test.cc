// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/internal/hashing: CPython 2.7.18's hash() for every
// hashable builtin, replayed from vectors printed by the real interpreter
// (tests/runtime/vectors/gen_numeric.py), including PYTHONHASHSEED runs.
#include "internal/hashing.h"

#include <gmp.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>
#include <string>

namespace pytrans::rt::internal {
namespace {

double from_bits(uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

std::u32string from_codepoints(const char* hex) {
  std::u32string out;
  std::istringstream in(hex);
  std::string tok;
  while (in >> tok) out.push_back(static_cast<char32_t>(std::stoul(tok, nullptr, 16)));
  return out;
}

int64_t hash_long_text(const char* decimal) {
  mpz_t z;
  mpz_init_set_str(z, decimal, 10);
  int64_t h = hash_mpz(z);
  mpz_clear(z);
  return h;
}

TEST(Hashing, MainUses) {
  // str and unicode share one algorithm; '' is 0.
  EXPECT_EQ(hash_bytes(""), 0);
  EXPECT_EQ(hash_bytes("a"), 12416037344);
  EXPECT_EQ(hash_bytes("hello"), 840651671246116861);
  std::u32string hello = U"hello";
  EXPECT_EQ(hash_unicode(hello.data(), hello.size()), 840651671246116861);
  // Equal numbers hash alike; -1 is reserved, so hash(-1) == -2.
  EXPECT_EQ(hash_int64(-1), -2);
  EXPECT_EQ(hash_double(-1.0), -2);
  EXPECT_EQ(hash_double(2.0), 2);
  EXPECT_EQ(hash_long_text("18446744073709551616"), 1);  // 2**64
  EXPECT_EQ(hash_double(std::ldexp(1.0, 64)), 1);
  EXPECT_EQ(hash_long_text("18446744073709551615"), -2);  // 2**64 - 1
  EXPECT_EQ(hash_double(1.5), 1610645504);
  EXPECT_EQ(hash_double(std::numeric_limits<double>::infinity()), 314159);
  // Tuples: feed item hashes in order.
  TupleHasher t(2);
  t.add(hash_int64(1));
  t.add(hash_int64(2));
  EXPECT_EQ(t.finish(), 3713081631934410656);
  EXPECT_EQ(TupleHasher(0).finish(), 3527539);
  // frozenset: entry hashes in the frozenset's slot order.
  int64_t entries[] = {1, 2, 3};
  EXPECT_EQ(hash_frozenset(entries, 3), -7699079583225461316);
  // PYTHONHASHSEED=N: a secret derived from N; the empty string still hashes 0.
  HashSecret saved = hash_secret();
  hash_secret() = hash_secret_from_seed(1);
  EXPECT_NE(hash_bytes("a"), 12416037344);
  EXPECT_EQ(hash_bytes(""), 0);
  hash_secret() = saved;
  // Plain objects hash by address, rotated right by 4 bits.
  EXPECT_EQ(hash_pointer(reinterpret_cast<void*>(0x7f0000001230)), 0x7f000000123);
}

struct BytesRow {
  const char* s;
  size_t n;
  int64_t hash;
};
constexpr BytesRow kBytes[] = {
#include "vectors/hash_bytes.inc"
};

TEST(Hashing, BytesMatchCPython) {
  for (const auto& r : kBytes) {
    EXPECT_EQ(hash_bytes(reinterpret_cast<const unsigned char*>(r.s), r.n), r.hash) << r.s;
  }
}

struct UnicodeRow {
  const char* codepoints;
  int64_t hash;
};
constexpr UnicodeRow kUnicode[] = {
#include "vectors/hash_unicode.inc"
};

TEST(Hashing, UnicodeMatchesCPython) {
  for (const auto& r : kUnicode) {
    std::u32string u = from_codepoints(r.codepoints);
    EXPECT_EQ(hash_unicode(u.data(), u.size()), r.hash) << r.codepoints;
  }
}

struct SeededRow {
  uint32_t seed;
  char kind;
  const char* text;
  size_t n;
  int64_t hash;
};
constexpr SeededRow kSeeded[] = {
#include "vectors/hash_seeded.inc"
};

TEST(Hashing, PythonHashSeedMatchesCPython) {
  HashSecret saved = hash_secret();
  for (const auto& r : kSeeded) {
    ASSERT_TRUE(init_hash_secret_from_env(std::to_string(r.seed).c_str()));
    if (r.kind == 'b') {
      EXPECT_EQ(hash_bytes(reinterpret_cast<const unsigned char*>(r.text), r.n), r.hash)
          << "seed " << r.seed << " " << r.text;
    } else {
      std::u32string u = from_codepoints(r.text);
      EXPECT_EQ(hash_unicode(u.data(), u.size()), r.hash) << "seed " << r.seed << " " << r.text;
    }
  }
  EXPECT_TRUE(init_hash_secret_from_env("0"));
  EXPECT_EQ(hash_bytes("a"), 12416037344);
  // Seed spellings 2.7 accepts (hashes printed by python2.7 under each).
  ASSERT_TRUE(init_hash_secret_from_env(" 12"));
  EXPECT_EQ(hash_bytes("a"), 7628455777017204746);
  ASSERT_TRUE(init_hash_secret_from_env("+5"));
  EXPECT_EQ(hash_bytes("a"), 9046023049428814482);
  ASSERT_TRUE(init_hash_secret_from_env("007"));
  EXPECT_EQ(hash_bytes("a"), 3095140861601602904);
  for (const char* bad : {"abc", "4294967296", "12 ", "-1", " "}) {
    EXPECT_FALSE(init_hash_secret_from_env(bad)) << bad;
  }
  ASSERT_TRUE(init_hash_secret_from_env("random"));
  EXPECT_NE(hash_bytes("a"), 12416037344);
  hash_secret() = saved;
}

struct LongRow {
  const char* decimal;
  int64_t hash;
};
constexpr LongRow kLong[] = {
#include "vectors/hash_long.inc"
};

TEST(Hashing, LongMatchesCPython) {
  for (const auto& r : kLong) EXPECT_EQ(hash_long_text(r.decimal), r.hash) << r.decimal;
}

struct DoubleRow {
  uint64_t bits;
  int64_t hash;
};
constexpr DoubleRow kDouble[] = {
#include "vectors/hash_double.inc"
};

TEST(Hashing, DoubleMatchesCPython) {
  for (const auto& r : kDouble) EXPECT_EQ(hash_double(from_bits(r.bits)), r.hash) << r.bits;
}

struct ContainerRow {
  char kind;
  size_t n;
  int64_t items[16];
  int64_t hash;
};
constexpr ContainerRow kContainers[] = {
#include "vectors/hash_tuple_frozenset.inc"
};

TEST(Hashing, TupleAndFrozensetMatchCPython) {
  for (const auto& r : kContainers) {
    if (r.kind == 't') {
      TupleHasher t(r.n);
      for (size_t i = 0; i < r.n; ++i) t.add(r.items[i]);
      EXPECT_EQ(t.finish(), r.hash);
    } else {
      EXPECT_EQ(hash_frozenset(r.items, r.n), r.hash);
    }
  }
}

}  // namespace
}  // namespace pytrans::rt::internal
